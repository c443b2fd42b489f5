/**
 * What the command line must never print: the API key, in every form a server or a typo could
 * put it in front of the user (and so into CI logs). Every byte the command line prints goes
 * through one redactor (see print-view.ts); usage errors also hide the arguments that may be
 * the key (see `keyLikeArguments`).
 */

/** Shorter values are not real keys (a test's "k"): redacting them would cut every "k" out of the output. */
const MIN_SECRET_LENGTH = 8;
const REDACTED = '[redacted]';
/**
 * An argument that names the key, however mistyped: `--api-key`, `-api-key`, `--apikey`,
 * `--api_key=`, `—api-key` (a dash a word processor made long), `CHARTMOGUL_API_KEY=`. The whole
 * argument, or what comes before `=`: a JSON `--data` that mentions "api_key" names nothing.
 */
const NAMES_THE_KEY = /^[-\u2010-\u2015\u2212]*(?:chartmogul[-_])?api[-_.]?key(?==|$)/i;
/** ChartMogul's ids (`cus_…`, `ds_…`, `pl_…`): long and random-looking, but not keys, and the user needs to see them. */
const CHARTMOGUL_ID = /^[a-z]{2,5}_/;

/**
 * The secrets of one run: the values given after anything like `--api-key` (with `=` or as the
 * next argument, even where the parser does not take them as the key) and the key from the
 * environment. The key from `--api-key` is among the first.
 */
export function secretsOf(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): string[] {
  const secrets: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const word = argv[index] as string;
    const name = NAMES_THE_KEY.exec(word);
    if (name === null) continue;
    if (word.length > name[0].length) secrets.push(word.slice(name[0].length + 1));
    else if (index + 1 < argv.length) secrets.push(argv[index + 1] as string);
  }
  if (env.CHARTMOGUL_API_KEY) secrets.push(env.CHARTMOGUL_API_KEY);
  return secrets;
}

/**
 * The arguments (or `--flag=value` values) that could be a key typed in the wrong place
 * (`chartmogul ping KEY`, `--format KEY`): long, one word of letters, digits, `_`, `-`, `+`,
 * `=` (no path, file name or address), with letters and digits both, not a ChartMogul id. A
 * usage error quotes what the user typed; these it must not.
 */
export function keyLikeArguments(argv: readonly string[]): string[] {
  return argv.map((word) => (word.startsWith('-') && word.includes('=') ? word.slice(word.indexOf('=') + 1) : word)).filter(mayBeKey);
}

/** Paths (`/`, `.`) and ids are not keys: a usage error about `--from ./data/2025-01.jsonl` must still name it. */
function mayBeKey(word: string): boolean {
  return word.length >= 16 && /^[\w+=-]+$/.test(word) && /\d/.test(word) && /[a-z]/i.test(word) && !word.startsWith('-') && !CHARTMOGUL_ID.test(word);
}

/**
 * A function that replaces every secret in a text, and each secret's encodings: Basic auth's
 * base64 of `key:` (a server that echoes the Authorization header), base64 of the key alone,
 * their URL-safe and unpadded spellings, and the key percent-encoded. One regular expression,
 * so a text is scanned once whatever the number of secrets.
 */
export function createRedactor(secrets: Iterable<string>): (text: string) => string {
  const patterns = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    patterns.add(escapeRegExp(secret));
    patterns.add(escapeRegExp(encodeURIComponent(secret)));
    for (const plain of [`${secret}:`, secret]) {
      const base64 = Buffer.from(plain, 'utf8').toString('base64').replace(/=+$/, '');
      // Padding is optional in what servers echo; `=*` takes it with the rest.
      patterns.add(`${escapeRegExp(base64)}=*`);
      patterns.add(`${escapeRegExp(base64.replace(/\+/g, '-').replace(/\//g, '_'))}=*`);
    }
  }
  if (patterns.size === 0) return (text) => text;
  // Longest first: a key's base64 must not be cut at a shorter secret inside it.
  const pattern = new RegExp([...patterns].sort((a, b) => b.length - a.length).join('|'), 'g');
  return (text) => text.replace(pattern, REDACTED);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
