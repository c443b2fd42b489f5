import { HttpResponse } from 'msw';
import { errorResponse } from '../responses.js';
import type { Fault } from './fault.js';
import { gzipped, paddedJson } from './oversized-body.js';

/** The answer the API would have given; called only by the faults that need it. */
export type Answer = () => Promise<Response>;

const STATUS_MESSAGES: Record<number, string> = {
  429: 'Too many requests',
  500: 'Internal server error',
  502: 'Bad gateway',
  503: 'Service unavailable',
  504: 'Gateway timeout',
  520: 'Unknown error',
  524: 'A timeout occurred',
};
const LIMIT_MESSAGES: Record<number, string> = {
  429: 'Too many requests: over 40 requests per second for this account',
  503: 'Too many parallel connections: over 20 for this account',
};

/** Plays a fault: the response the client gets instead of (or made from) the API's own answer. */
export async function faultResponse(
  fault: Fault,
  answer: Answer,
  options: { limit?: boolean; now?: number; acceptsGzip?: boolean } = {},
): Promise<Response> {
  switch (fault.kind) {
    case 'status': {
      if (fault.applied) await (await answer()).arrayBuffer();
      const message =
        (options.limit ? LIMIT_MESSAGES[fault.status] : undefined) ?? STATUS_MESSAGES[fault.status] ?? `Mock fault ${fault.status}`;
      const response = errorResponse(fault.status, message);
      if (fault.retryAfter !== undefined) {
        const at = (options.now ?? Date.now()) + fault.retryAfter * 1000;
        response.headers.set('retry-after', fault.retryAfterDate ? new Date(at).toUTCString() : String(fault.retryAfter));
      }
      if (fault.retryAfterText !== undefined) response.headers.set('retry-after', fault.retryAfterText);
      return response;
    }
    case 'latency':
      await sleep(fault.ms);
      return answer();
    case 'reset-before-response':
      if (fault.applied) await (await answer()).arrayBuffer();
      // A network error: the HTTP server destroys the socket, msw's setupServer makes fetch reject.
      return HttpResponse.error();
    case 'reset-during-body': {
      const { head, bytes } = await read(await answer());
      const half = bytes.slice(0, Math.floor(bytes.length / 2));
      head.headers.set('content-length', String(Math.max(bytes.length, half.length + 1)));
      return new Response(stream([half], 0, new Error('mock fault: connection reset during the body')), head);
    }
    case 'malformed-json': {
      const { head, bytes } = await read(await answer());
      const text = new TextDecoder().decode(bytes);
      let cut = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
      if (isJson(cut)) cut += '{';
      head.headers.set('content-type', 'application/json');
      head.headers.delete('content-length');
      return new Response(cut, head);
    }
    case 'html':
      return new Response(gatewayPage(fault.status), { status: fault.status, headers: { 'content-type': 'text/html; charset=utf-8' } });
    case 'html-flood':
      return new Response(`<!DOCTYPE html>${'<'.repeat(fault.bytes)}`, { status: 502, headers: { 'content-type': 'text/html' } });
    case 'body':
      // Not from the API's answer: a page's cursor made up by the fault would be refused there.
      return new Response(fault.text, { status: 200, headers: { 'content-type': 'application/json' } });
    case 'huge-body':
    case 'gzip-bomb': {
      const { head, bytes } = await read(await answer());
      head.headers.delete('content-length');
      const body = paddedJson(bytes, fault.bytes);
      if (fault.kind === 'huge-body' || !options.acceptsGzip) return new Response(body, head);
      head.headers.set('content-encoding', 'gzip');
      return new Response(gzipped(body), head);
    }
    case 'slow-body': {
      const { head, bytes } = await read(await answer());
      const pieces = Math.min(10, Math.max(1, bytes.length));
      const size = Math.ceil(bytes.length / pieces);
      const chunks = Array.from({ length: pieces }, (_, i) => bytes.slice(i * size, (i + 1) * size));
      head.headers.set('content-length', String(bytes.length));
      return new Response(stream(chunks, fault.ms / pieces), head);
    }
  }
}

async function read(response: Response): Promise<{ head: { status: number; headers: Headers }; bytes: Uint8Array }> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { head: { status: response.status, headers: new Headers(response.headers) }, bytes };
}

/** A body that sends `chunks` with `gapMs` between them, then ends, or fails with `error` (a cut connection). */
function stream(chunks: Uint8Array[], gapMs: number, error?: Error): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (index < chunks.length) {
        if (gapMs > 0 && index > 0) await sleep(gapMs);
        controller.enqueue(chunks[index++] as Uint8Array);
        return;
      }
      if (error) {
        // Let the bytes so far reach the client first: the cut must come during the body, not before it.
        await sleep(5);
        controller.error(error);
      } else controller.close();
    },
  });
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function gatewayPage(status: number): string {
  const title = `${status} ${STATUS_MESSAGES[status] ?? 'Error'}`;
  return `<!DOCTYPE html>\n<html>\n<head><title>${title}</title></head>\n<body>\n<center><h1>${title}</h1></center>\n<hr><center>mock-gateway</center>\n</body>\n</html>\n`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
