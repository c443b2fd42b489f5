/** The chartmogul-node release whose API this package reproduces (`config.VERSION` reports it, as the official one does). */
export const VERSION = '3.12.3';
