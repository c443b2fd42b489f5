import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { Config, ConfigurationError } from '../src/index.js';

describe('Config', () => {
  it('takes the key alone, with the official API base', () => {
    const config = new Config('key_1');
    expect(config.getApiKey()).toBe('key_1');
    expect(config.API_BASE).toBe('https://api.chartmogul.com');
    expect(config.VERSION).toBe('3.12.3');
  });

  it('takes a URL-looking second argument as the API base', () => {
    expect(new Config('key_1', 'http://127.0.0.1:8080').API_BASE).toBe('http://127.0.0.1:8080');
    expect(new Config('key_1', 'HTTPS://eu.example.com').API_BASE).toBe('HTTPS://eu.example.com');
  });

  it('takes the legacy (token, secret) pair as the key when both are the same, not as a URL', () => {
    const config = new Config('key_1', 'key_1');
    expect(config.getApiKey()).toBe('key_1');
    expect(config.API_BASE).toBe('https://api.chartmogul.com');
  });

  it('refuses a legacy pair of two different values, saying why, without showing either', () => {
    expect(() => new Config('token_1', 'secret_2')).toThrow(ConfigurationError);
    try {
      new Config('token_1', 'secret_2');
    } catch (error) {
      expect((error as Error).message).toMatch(/one API key/);
      expect((error as Error).message).not.toMatch(/token_1|secret_2/);
    }
  });

  it('keeps the key out of JSON and out of the enumerable properties', () => {
    const config = new Config('key_secret_1');
    expect(JSON.stringify(config)).not.toContain('key_secret_1');
    expect(Object.keys(config)).not.toContain('apiKey');
    expect(config.apiKey).toBe('key_secret_1');
  });
});

describe('Config keeps its key out of inspection', () => {
  const KEY = 'compat-origin-key-5e1f0a9b';
  it('util.inspect with showHidden (and getters) does not show the key; the key still works', () => {
    const config = new Config(KEY, 'http://127.0.0.1:1');
    for (const options of [{}, { showHidden: true }, { showHidden: true, getters: true, depth: 5 }]) {
      expect(inspect(config, options)).not.toContain(KEY);
    }
    expect(JSON.stringify(config)).not.toContain(KEY);
    expect(Object.getOwnPropertyNames(config)).not.toContain('apiKey');
    expect(config.getApiKey()).toBe(KEY);
    expect(config.apiKey).toBe(KEY);
    config.apiKey = 'compat-origin-key-2';
    expect(config.getApiKey()).toBe('compat-origin-key-2');
  });
});
