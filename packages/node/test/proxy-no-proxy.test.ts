// NO_PROXY matching, case by case: Node's rules (its built-in proxy support, after curl).
import { describe, expect, it } from 'vitest';
import { bypassesProxy } from '../src/proxy/no-proxy.js';
import { proxyFromEnv } from '../src/proxy/proxy-env.js';

describe('bypassesProxy', () => {
  it.each([
    ['api.chartmogul.com', 'https://api.chartmogul.com', true],
    ['API.ChartMogul.com', 'https://api.chartmogul.com', true],
    ['chartmogul.com', 'https://api.chartmogul.com', false],
    ['.chartmogul.com', 'https://api.chartmogul.com', true],
    ['.chartmogul.com', 'https://chartmogul.com', true],
    ['*.chartmogul.com', 'https://api.chartmogul.com', true],
    ['*.chartmogul.com', 'https://chartmogul.com', false],
    ['.mogul.com', 'https://api.chartmogul.com', false],
    ['*', 'https://api.chartmogul.com', true],
    ['api.chartmogul.com:443', 'https://api.chartmogul.com', true],
    ['api.chartmogul.com:8443', 'https://api.chartmogul.com', false],
    ['127.0.0.1:8080', 'http://127.0.0.1:8080', true],
    ['127.0.0.1:8081', 'http://127.0.0.1:8080', false],
    [' other.example , api.chartmogul.com ', 'https://api.chartmogul.com', true],
    ['10.0.0.0-10.0.0.255', 'https://10.0.0.17', true],
    ['10.0.0.0-10.0.0.255', 'https://10.0.1.17', false],
    ['::1', 'http://[::1]:9000', true],
    ['', 'https://api.chartmogul.com', false],
    [',,', 'https://api.chartmogul.com', false],
    ['localhost', 'http://127.0.0.1:9000', false],
  ])('NO_PROXY=%j, %s: direct %s', (noProxy, url, direct) => {
    expect(bypassesProxy(noProxy, new URL(url))).toBe(direct);
  });
});

describe('proxyFromEnv', () => {
  const target = new URL('https://api.chartmogul.com/v1/ping');
  it('picks by protocol, lowercase first, and only http(s) proxies', () => {
    expect(proxyFromEnv({ HTTPS_PROXY: 'http://a:1', https_proxy: 'http://b:1' }, target)).toBe('http://b:1');
    expect(proxyFromEnv({ HTTP_PROXY: 'http://a:1' }, target)).toBeUndefined();
    expect(proxyFromEnv({ HTTP_PROXY: 'http://a:1' }, new URL('http://127.0.0.1:80/'))).toBe('http://a:1');
    expect(proxyFromEnv({ HTTPS_PROXY: 'socks5://a:1' }, target)).toBeUndefined();
    expect(proxyFromEnv({ HTTPS_PROXY: 'http://a:1', NO_PROXY: '.chartmogul.com' }, target)).toBeUndefined();
    expect(proxyFromEnv({ HTTPS_PROXY: 'http://a:1', NO_PROXY: '.chartmogul.com', no_proxy: 'x' }, target)).toBe(
      'http://a:1',
    );
  });
});
