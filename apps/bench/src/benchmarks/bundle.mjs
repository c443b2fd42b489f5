// 3. The size of a Worker that pings, bundled for production: ours vs the official library's.
import { bundleSize, WORKERS } from '../bundle/bundle.mjs';

export async function bundle() {
  const sizes = {};
  for (const [name, entry] of Object.entries(WORKERS)) {
    try {
      sizes[name] = await bundleSize(entry);
    } catch (error) {
      sizes[name] = { error: error.message.split('\n')[0] };
    }
  }
  return sizes;
}
