/**
 * How one cell of the fault matrix (fault-matrix.ts) is run, the same way on Node, Deno and
 * workerd: with no fault pending, make what the call needs (a data source, a customer) with the
 * runtime's client; queue the case's faults on the mock through its control endpoint
 * (`POST /__mock/faults`); make the call; report what happened as plain JSON. Each HTTP method is
 * one public client method of the real API:
 *
 * | Method | Call                                                        | Normal answer            |
 * |--------|-------------------------------------------------------------|--------------------------|
 * | GET    | `customers.retrieve(uuid)`                                  | 200, the customer        |
 * | PUT    | `customers.customAttributes.update(uuid, { custom })`       | 200, the custom values   |
 * | DELETE | `customers.tags.remove(uuid, { tags })`                     | 200, the remaining tags  |
 * | POST   | `customers.create({ data_source_uuid, external_id, name })` | 201, the customer        |
 * | PATCH  | `customers.update(uuid, { name })`                          | 200, the customer        |
 *
 * DELETE is a tag removal rather than `customers.delete`: that answers 204 without a body, so the
 * body faults (malformed, slow, cut short) would have nothing to act on, and its retry after an
 * applied attempt answers 404 (RELIABILITY.md says so); removing a tag twice answers as once does.
 *
 * Imports nothing at run time (the type import is erased): Deno runs this file as it is, and the
 * workerd test bundles it into its Worker.
 */
import type { FaultCase, Method, NetworkFault } from './fault-matrix.js';

/** Sent with every attempt of a cell's call, so that the mock's side can count how often the API acted on it. */
export const CALL_HEADER = 'x-matrix-call';
const TAG = 'matrix';

/** The records a cell's call acts on. `callId` is the cell's name, unique in a run. */
export interface Fixture {
  readonly callId: string;
  readonly dataSourceUuid: string;
  readonly customerUuid: string | undefined;
}

interface MethodCall {
  /** The client method's path: `customers.retrieve` is `client.customers.retrieve`. */
  readonly operation: string;
  readonly needsCustomer: boolean;
  args(fixture: Fixture): { pathValues: string[]; params: Record<string, unknown> | undefined };
  /** Fields the answer must have (top-level keys, compared whole). */
  expected(fixture: Fixture): Record<string, unknown>;
}

const customer = (fixture: Fixture): string => fixture.customerUuid ?? '(no customer)';

export const CALLS: Readonly<Record<Method, MethodCall>> = {
  GET: {
    operation: 'customers.retrieve',
    needsCustomer: true,
    args: (f) => ({ pathValues: [customer(f)], params: undefined }),
    expected: (f) => ({ uuid: f.customerUuid }),
  },
  PUT: {
    operation: 'customers.customAttributes.update',
    needsCustomer: true,
    args: (f) => ({ pathValues: [customer(f)], params: { custom: { [TAG]: f.callId } } }),
    expected: (f) => ({ custom: { [TAG]: f.callId } }),
  },
  DELETE: {
    operation: 'customers.tags.remove',
    needsCustomer: true,
    args: (f) => ({ pathValues: [customer(f)], params: { tags: [TAG] } }),
    expected: () => ({ tags: [] }),
  },
  POST: {
    operation: 'customers.create',
    needsCustomer: false,
    args: (f) => ({ pathValues: [], params: { data_source_uuid: f.dataSourceUuid, external_id: f.callId, name: f.callId } }),
    expected: (f) => ({ external_id: f.callId, data_source_uuid: f.dataSourceUuid }),
  },
  PATCH: {
    operation: 'customers.update',
    needsCustomer: true,
    args: (f) => ({ pathValues: [customer(f)], params: { name: f.callId } }),
    expected: (f) => ({ uuid: f.customerUuid, name: f.callId }),
  },
};

/**
 * The call of a `walk` case: every page of `customers.list`, collected by `toArray()`. The faults
 * answer the page requests; the one case that ends well ends with two customers of the mock's
 * `body=` pages (fault-matrix.ts), after which nothing more may be requested.
 */
export const LIST_CALL: MethodCall = {
  operation: 'customers.list',
  needsCustomer: false,
  args: (f) => ({ pathValues: [], params: { data_source_uuid: f.dataSourceUuid } }),
  expected: () => ({ length: 2, 0: { uuid: 'cus_matrix_0' }, 1: { uuid: 'cus_matrix_1' } }),
};

/** What a cell calls: the list walk for a `walk` case, else the method's call. */
export function callOf(testCase: { readonly walk?: boolean }, method: Method): MethodCall {
  return testCase.walk ? LIST_CALL : CALLS[method];
}

/** One call, ready to make. `baseURL` is the mock's, or a network fault's server. */
export interface MatrixCall {
  readonly operation: string;
  readonly pathValues: string[];
  readonly params: Record<string, unknown> | undefined;
  readonly baseURL: string;
  readonly options: {
    timeout: number;
    maxRetries: number;
    retryBudget: number;
    maxResponseBytes?: number;
    headers: Record<string, string>;
  };
  /** The mock's faults for successive attempts (the case's): what a runner may watch for. */
  readonly faults: readonly string[];
  /** The method returns a list: walk it to its end with `toArray()`, counting every page's request. */
  readonly walk?: boolean;
}

export type Settled = { value: unknown } | { error: unknown };

/** Makes the call once (retries included) and says how many attempts reached `fetch`. */
export type Invoke = (call: MatrixCall) => Promise<{ attempts: number; settled: Settled }>;

/** What the setup needs of a runtime's client (`ChartMogul` of a runtime package, or core's client). */
export interface SetupClient {
  dataSources: { create(params: { name: string }): Promise<unknown> };
  customers: {
    create(params: { data_source_uuid: string; external_id: string; name: string; attributes: { tags: string[] } }): Promise<unknown>;
  };
}

export interface CellRunner {
  readonly mockURL: string;
  /** Where each fault below HTTP is served (a refused port, a 101 server, untrusted TLS, a host that does not resolve). */
  readonly networkURLs: Readonly<Record<NetworkFault, string>>;
  readonly setup: SetupClient;
  readonly invoke: Invoke;
  /** `error instanceof ChartMogulError`, with the runtime's own class. */
  readonly isTyped: (error: unknown) => boolean;
}

export interface ObservedError {
  readonly name: string;
  readonly message: string;
  readonly stack: string;
  readonly typed: boolean;
  readonly status?: number;
  readonly code?: string;
  readonly requestSent?: boolean;
}

/** What a runner reports for one cell: JSON, so that it can cross from Deno or workerd to the test. */
export interface Observation {
  readonly fixture: Fixture;
  /** The cell walked a list (LIST_CALL) rather than making the method's call. */
  readonly walk?: boolean;
  readonly attempts: number;
  readonly value?: unknown;
  readonly error?: ObservedError;
}

/** `GET` of "429 once" is `429-once-GET`. */
export function callIdOf(testCase: FaultCase, method: Method): string {
  return `${testCase.name.replace(/\W+/g, '-')}-${method}`;
}

/** Runs one cell and reports what happened; rejects only when the setup or the mock's control endpoint fails. */
export async function runCell(runner: CellRunner, testCase: FaultCase, method: Method): Promise<Observation> {
  const call = callOf(testCase, method);
  const callId = callIdOf(testCase, method);
  // Nothing left over from a cell that went wrong may hit the setup.
  await steerMock(runner.mockURL, { clear: true });
  const dataSource = (await runner.setup.dataSources.create({ name: `Fault matrix ${callId}` })) as { uuid: string };
  const made = call.needsCustomer
    ? ((await runner.setup.customers.create({
        data_source_uuid: dataSource.uuid,
        external_id: `${callId}-fixture`,
        name: 'Fault matrix',
        attributes: { tags: [TAG] },
      })) as { uuid: string })
    : undefined;
  const fixture: Fixture = { callId, dataSourceUuid: dataSource.uuid, customerUuid: made?.uuid };
  await steerMock(runner.mockURL, { clear: true, next: testCase.faults });
  const { attempts, settled } = await runner.invoke({
    operation: call.operation,
    ...call.args(fixture),
    baseURL: testCase.network ? runner.networkURLs[testCase.network] : runner.mockURL,
    options: {
      timeout: testCase.timeout ?? 5_000,
      maxRetries: 2,
      retryBudget: 60_000,
      ...(testCase.maxResponseBytes !== undefined ? { maxResponseBytes: testCase.maxResponseBytes } : {}),
      headers: { [CALL_HEADER]: callId },
    },
    faults: testCase.faults,
    ...(testCase.walk ? { walk: true } : {}),
  });
  const walk = testCase.walk ? { walk: true } : {};
  if ('value' in settled) return { fixture, ...walk, attempts, value: settled.value };
  return { fixture, ...walk, attempts, error: describeError(settled.error, runner.isTyped) };
}

/**
 * An `Invoke` that calls the public method on a fresh client of the runtime, counting its fetches.
 * `runtimeFetch` is the fetch the runtime package uses by default (Deno's differs from the global).
 */
export function invokeThroughClient(
  makeClient: (options: { baseURL: string; fetch: typeof fetch }) => unknown,
  runtimeFetch: typeof fetch = (input, init) => fetch(input, init),
): Invoke {
  return async (call) => {
    let attempts = 0;
    const counting: typeof fetch = (input, init) => {
      attempts += 1;
      return runtimeFetch(input, init);
    };
    const client = makeClient({ baseURL: call.baseURL, fetch: counting });
    const method = methodAt(client, call.operation);
    try {
      // An operation without params (customers.retrieve) takes its options right after the path values.
      const params = call.params === undefined ? [] : [call.params];
      const value = await settle(method(...call.pathValues, ...params, call.options), call);
      return { attempts, settled: { value } };
    } catch (error) {
      return { attempts, settled: { error } };
    }
  };
}

/** The call's answer: for a walk, every item of every page (a `PagePromise`'s `toArray()`). */
export function settle(result: unknown, call: Pick<MatrixCall, 'walk'>): Promise<unknown> {
  if (!call.walk) return Promise.resolve(result);
  return (result as { toArray(options: { limit: number }): Promise<unknown[]> }).toArray({ limit: 1_000 });
}

function methodAt(client: unknown, path: string): (...args: unknown[]) => Promise<unknown> {
  const names = path.split('.');
  const last = names.pop() as string;
  const namespace = names.reduce((node, name) => (node as Record<string, unknown>)[name], client) as Record<string, unknown>;
  const method = namespace[last];
  if (typeof method !== 'function') throw new Error(`The client has no method ${path}.`);
  return method as (...args: unknown[]) => Promise<unknown>;
}

async function steerMock(mockURL: string, command: { clear?: boolean; next?: readonly string[] }): Promise<void> {
  const response = await fetch(new URL('/__mock/faults', mockURL), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(command),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`The mock refused the fault command ${JSON.stringify(command)}: ${response.status} ${text}`);
}

function describeError(error: unknown, isTyped: (error: unknown) => boolean): ObservedError {
  if (!(error instanceof Error)) return { name: typeof error, message: String(error), stack: '', typed: false };
  const { status, code, requestSent } = error as { status?: unknown; code?: unknown; requestSent?: unknown };
  return {
    name: error.name,
    message: error.message,
    stack: error.stack ?? '',
    typed: isTyped(error),
    ...(typeof status === 'number' ? { status } : {}),
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof requestSent === 'boolean' ? { requestSent } : {}),
  };
}
