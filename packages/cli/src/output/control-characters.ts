/**
 * Characters that a terminal obeys instead of showing: C0 controls but tab and newline (ESC
 * starts the sequences that retitle the window, clear the screen, or rewrite what was shown),
 * DEL, the C1 controls (U+009B is ESC [ to some terminals), and the bidirectional overrides
 * that make a text read other than it is.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text from the server, made safe for a terminal: each control character shown as its `\uXXXX` escape. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (char) => `\\u${(char.codePointAt(0) as number).toString(16).padStart(4, '0')}`);
}
