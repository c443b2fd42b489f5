// Error and non-JSON bodies are described in time linear in a capped prefix of the body: a page of
// `<` without `>` once made the tag-stripping regex quadratic (80 KB blocked the event loop 2 s,
// 1 MB for minutes). The bound below is some hundred times what the linear code takes, so a loaded
// machine cannot fail it, while the quadratic code cannot pass it.
import { describe, expect, it } from 'vitest';
import { APIError, InternalServerError } from '../../src/index.js';
import { parseResponse } from '../../src/pipeline/parse-response.js';

const MB = 1024 * 1024;
const GENEROUS_MS = 2_000;

function describeAnswer(status: number, body: string): { error: APIError; ms: number } {
  const started = performance.now();
  try {
    parseResponse({ status, headers: new Headers({ 'content-type': 'text/html' }), body }, 'GET', 'https://api.example/v1/ping');
  } catch (error) {
    return { error: error as APIError, ms: performance.now() - started };
  }
  throw new Error('parseResponse accepted the body');
}

const hostile: Record<string, string> = {
  "an HTML page of '<' without '>'": `<!DOCTYPE html>${'<'.repeat(MB)}`,
  "an HTML page of '<title' without '>'": `<html>${'<title'.repeat(MB / 6)}`,
  "an HTML page of '<title>' without '</title>'": `<html>${'<title>'.repeat(MB / 7)}`,
  'an HTML page of white space then a tag': `<html>${' '.repeat(MB)}<p>`,
  'text of white space': ` ${'\t \n'.repeat(MB / 3)}x`,
};

describe('describing a hostile body', () => {
  for (const [name, body] of Object.entries(hostile)) {
    for (const status of [502, 200]) {
      it(`${name} (${status}) is described at once, in a short message`, () => {
        const { error, ms } = describeAnswer(status, body);
        expect(error).toBeInstanceOf(status === 502 ? InternalServerError : APIError);
        expect(error.message.length).toBeLessThan(600);
        // The whole text stays on .body: only the message is cut.
        expect(error.body).toBe(body);
        expect(ms).toBeLessThan(GENEROUS_MS);
      });
    }
  }

  it('still names a page by its title, and shows the text of one without a title', () => {
    expect(describeAnswer(502, '<!DOCTYPE html><html><head><TITLE>502 Bad Gateway</TITLE></head></html>').error.message).toContain(
      'an HTML page ("502 Bad Gateway")',
    );
    expect(describeAnswer(502, '<html><body><h1>Service down</h1><p>try <b>later</b></p></body></html>').error.message).toContain(
      'an HTML page ("Service down try later")',
    );
    // An unclosed tag hides what follows it, as a browser would.
    expect(describeAnswer(502, '<html><p>Down</p><script src="x').error.message).toContain('an HTML page ("Down")');
  });

  it('reads only the start of the body: a title past the first 64 KiB is not looked for', () => {
    const late = `<html>${'x'.repeat(70 * 1024)}<title>Late</title>`;
    expect(describeAnswer(502, late).error.message).not.toContain('Late');
  });
});
