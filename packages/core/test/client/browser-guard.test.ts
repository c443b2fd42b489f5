import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/index.js';
import { ChartMogulClient } from '../../src/internal.js';

const runtime = { readEnv: () => undefined, apiKeyHint: 'Pass { apiKey }.' };
const g = globalThis as { window?: unknown; document?: unknown };

describe('in a browser', () => {
  afterEach(() => {
    delete g.window;
    delete g.document;
  });

  it('refuses to start without dangerouslyAllowBrowser, saying why and what to do', () => {
    g.window = {};
    g.document = {};
    const error = (() => {
      try {
        new ChartMogulClient({ apiKey: 'browser-key-123456' }, runtime);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/opens your whole account.*dangerouslyAllowBrowser: true/);
    expect((error as Error).message).not.toContain('browser-key-123456');
  });

  it('starts with dangerouslyAllowBrowser: true', () => {
    g.window = {};
    g.document = {};
    expect(() => new ChartMogulClient({ apiKey: 'k', dangerouslyAllowBrowser: true }, runtime)).not.toThrow();
  });

  it('is not mistaken for one where only window exists (Deno 1 had window, workers have neither)', () => {
    g.window = {};
    expect(() => new ChartMogulClient({ apiKey: 'k' }, runtime)).not.toThrow();
  });
});
