import { Console } from 'node:console';
import { Writable } from 'node:stream';
import { inspect } from 'node:util';
import { ChartMogul } from '../src/index.js';
import { describe, expect, it } from 'vitest';
import { API_KEY, BASE_URL, LEAK_FORMS, WRONG_KEY, useMockChartMogul } from './support.js';

useMockChartMogul();

/** What `console.log(...values)` really writes on this runtime. */
function consoleOutput(...values: unknown[]): string {
  let text = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  new Console({ stdout: sink, stderr: sink }).log(...values);
  return text;
}

function expectNoKey(text: string): void {
  for (const leak of LEAK_FORMS) expect(text).not.toContain(leak);
}

describe('the key never shows', () => {
  const cm = new ChartMogul({ apiKey: API_KEY, baseURL: BASE_URL });

  it('in console.log, util.inspect (even showHidden) and JSON.stringify of the client', () => {
    const shown = [
      consoleOutput(cm),
      consoleOutput({ client: cm }),
      inspect(cm),
      inspect(cm, { showHidden: true, depth: Infinity, getters: true }),
      JSON.stringify(cm),
      JSON.stringify({ client: cm }),
    ];
    for (const text of shown) expectNoKey(text);
    // ... while still saying something useful.
    expect(JSON.parse(JSON.stringify(cm))).toMatchObject({ baseURL: BASE_URL, apiKey: '[redacted]' });
    expect(consoleOutput(cm)).toContain(BASE_URL);
  });

  it('in the error of a wrong key, however it is printed', async () => {
    const error = await new ChartMogul({ apiKey: WRONG_KEY, baseURL: BASE_URL }).ping().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expectNoKey(consoleOutput(error));
    expectNoKey(inspect(error, { showHidden: true, depth: Infinity }));
    expectNoKey(JSON.stringify(error));
    expectNoKey(String(error));
  });
});
