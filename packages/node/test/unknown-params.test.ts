// The Node package supplies the check of unknown param names (core's createParamCheck): a warning
// by default, an InvalidParameterError before sending with strictParams.
import { expect, it } from 'vitest';
import { ChartMogul, InvalidParameterError, type Logger } from '../src/index.js';

function client(strictParams: boolean) {
  const warnings: string[] = [];
  const sent: string[] = [];
  const ignore = () => undefined;
  const logger: Logger = {
    debug: ignore,
    info: ignore,
    error: ignore,
    warn: (message: string) => void warnings.push(message),
  };
  const fetchStub: typeof fetch = async (input) => {
    sent.push(String(input instanceof Request ? input.url : input));
    return Response.json({ entries: [], has_more: false, cursor: null });
  };
  const cm = new ChartMogul({
    apiKey: 'key',
    baseURL: 'http://127.0.0.1:9',
    fetch: fetchStub,
    strictParams,
    maxRetries: 0,
    rateLimit: false,
    logger,
  });
  return { cm, warnings, sent };
}

it('warns once about a misspelt param, naming the closest known one, and sends the call', async () => {
  const { cm, warnings, sent } = client(false);
  await cm.customers.list({ per_pag: 5 } as never);
  await cm.customers.list({ per_pag: 5 } as never);
  expect(warnings).toEqual([
    expect.stringMatching(/^customers\.list: unknown param "per_pag"; did you mean "per_page"\?/),
  ]);
  expect(sent).toHaveLength(2);
});

it('with strictParams: true, refuses it before anything is sent', async () => {
  const { cm, sent } = client(true);
  await expect(cm.customers.list({ per_pag: 5 } as never)).rejects.toThrow(InvalidParameterError);
  expect(sent).toEqual([]);
});
