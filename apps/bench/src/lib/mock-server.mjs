// The local ChartMogul in its own process, so that its CPU time and heap are never counted as
// the client's. Options come as JSON in argv[2]; prints its URL when ready.
import { startMockServer } from '@chartmogul-kit/mock/server';

const options = JSON.parse(process.argv[2] ?? '{}');
const server = await startMockServer({ port: 0, ...options });
console.log(server.url);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
