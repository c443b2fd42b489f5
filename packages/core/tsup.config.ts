import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  entry: ['src/index.ts', 'src/internal.ts'],
  format: ['esm', 'cjs'],
  // Declarations are tsc's, one file per module (scripts/emit-types.mjs): readable where go-to-definition lands.
  dts: false,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
  // One copy of each module for both entries (index and internal), in CommonJS too: an error class
  // thrown by the client must be the one users import.
  splitting: true,
  // The User-Agent names the version; written in here so that core reads no package.json at run time.
  define: { __CHARTMOGUL_KIT_VERSION__: JSON.stringify(version) },
});
