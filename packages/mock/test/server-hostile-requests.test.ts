import { connect } from 'node:net';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { type MockServer, type MockServerOptions, startMockServer } from '../src/server/index.js';
import { basic } from './support/mock-api.js';

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Sends raw bytes (what fetch would refuse to send) and reads the answer until the server closes or answers in full. */
function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      answer += chunk;
      const [head, body = ''] = answer.split('\r\n\r\n');
      const length = /content-length: (\d+)/i.exec(head ?? '');
      if (length && Buffer.byteLength(body) >= Number(length[1])) socket.end();
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(answer));
    socket.write(text);
  });
}

function statusAndBody(answer: string): { status: number; body: unknown } {
  const [head, body = ''] = answer.split('\r\n\r\n');
  return { status: Number(/^HTTP\/1\.1 (\d+)/.exec(head ?? '')?.[1]), body: body === '' ? undefined : JSON.parse(body) };
}

describe('the HTTP server answers malformed requests with a 400 in the API shape', () => {
  for (const path of ['/v1/customers/%FF', '/v1/customers/%', '/v1/customers/%E0%A4%A']) {
    it(`a bad percent-encoding: ${path}`, async () => {
      server = await startMockServer({ apiKeys: ['srv-key'], port: 0 });
      const answer = await rawRequest(server.port, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${basic('srv-key')}\r\nConnection: close\r\n\r\n`);
      expect(statusAndBody(answer)).toEqual({ status: 400, body: { code: 400, message: 'The URL path is not validly percent-encoded.', param: null } });
    });
  }

  for (const host of ['a b', 'exa mple.com:80', '[::1', 'host:99999']) {
    it(`a Host header that is not a host: ${host}`, async () => {
      server = await startMockServer({ apiKeys: ['srv-key'], port: 0 });
      const answer = await rawRequest(server.port, `GET /v1/ping HTTP/1.1\r\nHost: ${host}\r\nAuthorization: ${basic('srv-key')}\r\nConnection: close\r\n\r\n`);
      const { status, body } = statusAndBody(answer);
      expect(status).toBe(400);
      expect(body).toMatchObject({ code: 400, param: null });
    });
  }
});

describe('startMockServer', () => {
  it('refuses a host that is not loopback, at run time too', async () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'example.com', '']) {
      const started = await startMockServer({ apiKeys: ['k'], port: 0, host } as unknown as MockServerOptions).catch((error: Error) => error);
      if (!(started instanceof Error)) await started.close();
      expect(started, host).toBeInstanceOf(TypeError);
      expect(String(started)).toContain('loopback');
    }
  });
});

describe('a huge body is written with backpressure', () => {
  it('reads the body only as fast as the client takes it', async () => {
    const total = 256 * 1024 * 1024;
    const chunk = new Uint8Array(256 * 1024);
    let produced = 0;
    const huge = http.get('*/v1/huge', () => {
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          produced += chunk.length;
          controller.enqueue(chunk);
          if (produced >= total) controller.close();
        },
      });
      return new HttpResponse(body, { headers: { 'content-type': 'application/json' } });
    });
    server = await startMockServer({ apiKeys: ['srv-key'], port: 0, handlers: [huge] });
    // A client that asks and never reads.
    const socket = connect(server.port, '127.0.0.1');
    socket.pause();
    socket.write('GET /v1/huge HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    try {
      // Wait until the server stops producing (its buffers are full), or has produced it all.
      let last = -1;
      while (produced !== last && produced < total) {
        last = produced;
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      expect(produced).toBeLessThan(total / 4);
    } finally {
      socket.destroy();
    }
  });
});
