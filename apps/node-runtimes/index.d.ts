/** Absolute paths of the Node.js binaries, by major version. */
export declare const nodeBinaries: Readonly<Record<18 | 22 | 24, string>>;
