// Shared by every runner (Node, Bun, Deno and the Worker) so that the four lines read alike.
// Plain, runtime-neutral JavaScript: each runtime loads it as it is, and esbuild bundles it into the Worker.

/**
 * Pings and says how it went: `{ ok: true, text: 'pong!' }`, or `ok: false` with the
 * error that stopped it (`AuthenticationError (401): ...`). `ping` also constructs the
 * client, so a `ConfigurationError` (no key) is reported the same way.
 */
export async function pingOutcome(ping) {
  try {
    const { data } = await ping();
    return { ok: data === 'pong!', text: oneLine(String(data)) };
  } catch (error) {
    return { ok: false, text: describeError(error) };
  }
}

function describeError(error) {
  if (!(error instanceof Error)) return oneLine(String(error));
  const status = typeof error.status === 'number' ? ` (${error.status})` : '';
  return oneLine(`${error.name}${status}: ${error.message}`);
}

function oneLine(text) {
  return text.replace(/\s+/g, ' ').trim();
}
