import { describe, expect, it } from 'vitest';
import { basicAuthorization } from '../src/internal.js';

describe('basicAuthorization', () => {
  // Expected values computed independently (base64 of the UTF-8 bytes of "<key>:").
  it.each([
    ['abc', 'Basic YWJjOg=='],
    ['717098869e029c50690d80913728eb89', 'Basic NzE3MDk4ODY5ZTAyOWM1MDY5MGQ4MDkxMzcyOGViODk6'],
    ['ключ', 'Basic 0LrQu9GO0Yc6'],
    ['é', 'Basic w6k6'],
    ['🔑key', 'Basic 8J+UkWtleTo='],
    ['a:b', 'Basic YTpiOg=='],
  ])('encodes %j byte for byte', (key, header) => {
    expect(basicAuthorization(key)).toBe(header);
  });

  it('decodes back to the key with an empty password for any string', () => {
    for (const key of ['x', 'ключ:з:двоеточием', '\u0000\u00ff\u0100', '𝄞'.repeat(50)]) {
      const encoded = basicAuthorization(key).slice('Basic '.length);
      const bytes = Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0));
      expect(new TextDecoder().decode(bytes)).toBe(`${key}:`);
    }
  });
});
