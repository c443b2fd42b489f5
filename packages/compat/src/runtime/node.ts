/** Node: the keep-alive node:http(s) transport of @chartmogul-kit/node (so tools that patch node:http, such as nock, see every request). */
export { createHttpTransport as createTransport } from '@chartmogul-kit/node/internal';
