import type { Account } from '../store/account.js';
import { Prng } from '../store/ids.js';
import type { MockStore } from '../store/mock-store.js';
import type { CustomerRecord, DataSourceRecord, InvoiceRecord, PlanRecord } from '../store/records.js';
import { addMonths, DAY_MS, parseTimestamp } from '../time/dates.js';
import { newCustomer } from '../resources/customers.js';
import { insertDataSource } from '../resources/data-sources.js';
import { insertLineItem } from '../resources/line-items.js';
import { insertPlan } from '../resources/plans.js';
import { insertTransaction } from '../resources/transactions.js';
import { COMPANY_SUFFIXES, COUNTRIES, FIRST_NAMES, LAST_NAMES, SEED_PLANS, type SeedPlan } from './catalog.js';

export interface SeedOptions {
  /** How many customers to create (10,000 to 100,000 for the demo and benchmarks). */
  customers: number;
  /** The PRNG seed: the same seed (and options) gives the same data, uuids included. Default 1. */
  seed?: number | string;
  /** Months of billing history before `asOf`. Default 6. */
  months?: number;
  /** The day the history ends, `YYYY-MM-DD`. Default 2026-01-01, fixed so data never drifts with the clock. */
  asOf?: string;
  /** Share of customers that are only leads, without a subscription. Default 0.15. */
  leadShare?: number;
  /** Chance per month that a subscription is cancelled. Default 0.03. */
  monthlyChurn?: number;
}

export interface SeedSummary {
  dataSources: number;
  plans: number;
  customers: number;
  subscriptions: number;
  invoices: number;
  lineItems: number;
  transactions: number;
  milliseconds: number;
}

interface Context {
  account: Account;
  prng: Prng;
  ds: DataSourceRecord;
  plans: Map<string, PlanRecord>;
  weighted: SeedPlan[];
  asOf: number;
  months: number;
  monthlyChurn: number;
  summary: SeedSummary;
}

function seedCustomer(ctx: Context, index: number, leadShare: number): void {
  const { account, prng, ds } = ctx;
  const number = String(index + 1).padStart(6, '0');
  const start = ctx.asOf - prng.int(1, ctx.months * 30) * DAY_MS;
  const customer: CustomerRecord = newCustomer(account, ds, `cust_${number}`, start - prng.int(0, 30) * DAY_MS);
  const first = prng.pick(FIRST_NAMES);
  const last = prng.pick(LAST_NAMES);
  customer.name = `${first} ${last}`;
  customer.email = `${first}.${last}.${number}@example.com`.toLowerCase();
  customer.company = `${last} ${prng.pick(COMPANY_SUFFIXES)}`;
  customer.country = prng.pick(COUNTRIES);
  customer.leadCreatedAt = customer.createdAt;
  account.collections.customers.insert(customer);
  ctx.summary.customers++;
  if (!prng.chance(leadShare)) seedSubscription(ctx, customer, number, start);
}

/** Bills one subscription period by period until `asOf`, with occasional upgrades and a chance to churn. */
function seedSubscription(ctx: Context, customer: CustomerRecord, number: string, start: number): void {
  const { account, prng } = ctx;
  let seedPlan = prng.pick(ctx.weighted);
  let periodStart = start;
  for (let n = 1; periodStart < ctx.asOf; n++) {
    const plan = ctx.plans.get(seedPlan.externalId) as PlanRecord;
    const months = seedPlan.intervalUnit === 'year' ? 12 * seedPlan.intervalCount : seedPlan.intervalCount;
    const periodEnd = addMonths(periodStart, months);
    const invoice: InvoiceRecord = account.collections.invoices.insert({
      uuid: account.ids.prefixed('inv'), seq: account.nextSeq(), externalId: `inv_${number}_${n}`, dataSourceUuid: ctx.ds.uuid,
      customer, customerExternalId: `cust_${number}`, date: periodStart, dueDate: periodStart + 14 * DAY_MS, currency: 'USD',
      collectionMethod: 'automatic', lineItems: [], transactions: [], createdAt: periodStart,
    });
    const churns = prng.chance(1 - (1 - ctx.monthlyChurn) ** months);
    insertLineItem(account, invoice, {
      type: 'subscription', externalId: `li_${number}_${n}`, subscriptionExternalId: `sub_${number}`, subscriptionSetExternalId: null,
      plan, servicePeriodStart: periodStart, servicePeriodEnd: periodEnd, amountInCents: seedPlan.amountInCents, quantity: 1,
      cancelledAt: churns && periodEnd <= ctx.asOf ? periodEnd : null,
    });
    insertTransaction(account, invoice, {
      type: 'payment', date: periodStart + prng.int(0, 72) * 3_600_000, result: prng.chance(0.97) ? 'successful' : 'failed',
      externalId: `tr_${number}_${n}`, amountInCents: seedPlan.amountInCents, transactionFeesInCents: null, transactionFeesCurrency: null,
    });
    ctx.summary.invoices++;
    ctx.summary.lineItems++;
    ctx.summary.transactions++;
    if (n === 1) ctx.summary.subscriptions++;
    if (churns) return;
    if (seedPlan.upgradeTo !== undefined && prng.chance(0.04)) {
      seedPlan = SEED_PLANS.find((p) => p.externalId === seedPlan.upgradeTo) ?? seedPlan;
    }
    periodStart = periodEnd;
  }
}

/**
 * Fills an account with a deterministic data set: one data source, five plans, and
 * `customers` customers of whom most have a subscription billed monthly, quarterly or
 * yearly (an invoice with one line item and a payment per period), some upgrading, some
 * cancelling. Records are written straight into the store, not through HTTP.
 */
export function seedAccount(account: Account, options: SeedOptions): SeedSummary {
  const started = performance.now();
  const prng = new Prng(`seed:${options.seed ?? 1}`);
  account.ids.reseed(`${account.apiKey}:seed:${options.seed ?? 1}`);
  const asOf = parseTimestamp(options.asOf ?? '2026-01-01');
  if (asOf === undefined) throw new Error(`seed: asOf must be a date like 2026-01-01, got ${options.asOf}`);
  const summary: SeedSummary = { dataSources: 1, plans: 0, customers: 0, subscriptions: 0, invoices: 0, lineItems: 0, transactions: 0, milliseconds: 0 };
  const ds = insertDataSource(account, 'Seeded billing', asOf - 400 * DAY_MS);
  const plans = new Map<string, PlanRecord>();
  for (const p of SEED_PLANS) {
    const { externalId, name, intervalCount, intervalUnit } = p;
    plans.set(externalId, insertPlan(account, { dataSourceUuid: ds.uuid, externalId, name, intervalCount, intervalUnit }));
    summary.plans++;
  }
  const ctx: Context = {
    account, prng, ds, plans, asOf, summary,
    weighted: SEED_PLANS.flatMap((p) => Array<SeedPlan>(p.weight).fill(p)),
    months: Math.max(1, options.months ?? 6),
    monthlyChurn: options.monthlyChurn ?? 0.03,
  };
  for (let i = 0; i < options.customers; i++) seedCustomer(ctx, i, options.leadShare ?? 0.15);
  account.touch();
  summary.milliseconds = Math.round(performance.now() - started);
  return summary;
}

/** Seeds the account of `apiKey` in `store` (see `seedAccount`). */
export function seed(store: MockStore, apiKey: string, options: SeedOptions): SeedSummary {
  return seedAccount(store.account(apiKey), options);
}
