import { Account } from './account.js';
import type { JsonImportSettings } from './json-import-queue.js';

export interface MockStoreOptions {
  /** The clock accounts read `created_at` and "today" from; `Date.now` by default. */
  now?: () => number;
  /** Records per second a bulk import is processed at (one import at a time per account); Infinity (the default) is at once. */
  jsonImportRecordsPerSecond?: number;
}

/**
 * The state of the local ChartMogul: one account per API key, created on first use.
 * Each key is its own ChartMogul account, as on the real service, so tests that use two
 * keys see two disjoint data sets.
 */
export class MockStore {
  private readonly accounts = new Map<string, Account>();

  /** How fast bulk imports are processed, for every account; may be changed while the mock runs. */
  readonly jsonImports: JsonImportSettings;

  constructor(private readonly options: MockStoreOptions = {}) {
    this.jsonImports = { recordsPerSecond: options.jsonImportRecordsPerSecond ?? Number.POSITIVE_INFINITY };
  }

  account(apiKey: string): Account {
    let account = this.accounts.get(apiKey);
    if (account === undefined) {
      account = new Account(apiKey, this.options.now, this.jsonImports);
      this.accounts.set(apiKey, account);
    }
    return account;
  }

  /** Forgets every account's data. */
  reset(): void {
    this.accounts.clear();
  }
}

export function createMockStore(options?: MockStoreOptions): MockStore {
  return new MockStore(options);
}
