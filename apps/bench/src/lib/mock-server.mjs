// The local ChartMogul in its own process, so that its CPU time and heap are never counted as
// the client's. Options come as JSON in argv[2]; prints its URL when ready. With `meter: true`,
// a LoadMeter in front counts the account's load from every client (GET /__mock/load; POST
// /__mock/load clears it).
import { createHandlers, LoadMeter, withLoadMeter } from '@chartmogul-kit/mock';
import { startMockServer } from '@chartmogul-kit/mock/server';
import { http, HttpResponse } from 'msw';

const { meter: metered, ...options } = JSON.parse(process.argv[2] ?? '{}');
const meter = new LoadMeter();
const handlers = metered
  ? [
      http.post('*/__mock/load', () => {
        meter.clear();
        return HttpResponse.json({ cleared: true });
      }),
      ...withLoadMeter(createHandlers(options), meter),
    ]
  : undefined;
const server = await startMockServer({ port: 0, ...options, ...(handlers ? { handlers } : {}) });
console.log(server.url);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
