import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The examples import the package by its name, as a user's code does.
  resolve: { alias: { '@chartmogul-kit/node': new URL('./src/index.ts', import.meta.url).pathname } },
  test: {
    include: ['test/**/*.test.ts'],
  },
});
