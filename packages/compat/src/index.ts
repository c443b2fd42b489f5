/**
 * The official chartmogul-node 3.12.3 API on chartmogul-kit: change the `require`, keep the code.
 *
 * ```js
 * const ChartMogul = require('@chartmogul-kit/compat');
 * const config = new ChartMogul.Config(process.env.CHARTMOGUL_API_KEY);
 * ChartMogul.Ping.ping(config).then((res) => console.log(res)); // { data: 'pong!' }
 * ```
 * @module @chartmogul-kit/compat
 */
import { Account as AccountClass } from './resources/account.js';
import { Customer as CustomerClass } from './resources/customer.js';
import { Invoice as InvoiceClass } from './resources/invoice.js';
import { LineItem as LineItemClass } from './resources/line-item.js';
import { Metrics as MetricsClass } from './resources/metrics.js';
import { PlanGroup as PlanGroupClass } from './resources/plan-group.js';
import {
  Contact as ContactClass,
  CustomAttribute as CustomAttributeClass,
  CustomerNote as CustomerNoteClass,
  DataSource as DataSourceClass,
  JsonImport as JsonImportClass,
  Opportunity as OpportunityClass,
  Ping as PingClass,
  Plan as PlanClass,
  Tag as TagClass,
  Task as TaskClass,
} from './resources/simple.js';
import {
  Subscription as SubscriptionClass,
  SubscriptionEvent as SubscriptionEventClass,
} from './resources/subscription.js';
import { Transaction as TransactionClass } from './resources/transaction.js';
import type {
  AccountResource,
  ContactResource,
  CustomAttributeResource,
  CustomerResource,
  CustomerNoteResource,
  DataSourceResource,
  InvoiceResource,
  JsonImportResource,
  LineItemResource,
  MetricsResource,
  OpportunityResource,
  PingResource,
  PlanResource,
  PlanGroupResource,
  SubscriptionResource,
  SubscriptionEventResource,
  TagResource,
  TaskResource,
  TransactionResource,
} from './official-api.js';

export { Config } from './config.js';
export {
  ChartMogulError,
  ConfigurationError,
  DeprecatedParamError,
  ForbiddenError,
  NotFoundError,
  ResourceInvalidError,
  SchemaInvalidError,
} from './errors.js';
export type { ErrorResponse } from './to-official-error.js';
export { type ApiResult, type Callback, Resource, type ResourceMethod } from './resource.js';
export type * from './official-api.js';
export type { WithQueryString, ForCustomer } from './official-shapes.js';

// Each resource is declared by its official methods only (src/official-api.ts, generated): the
// class behind it, its `path`, `request` and `_method`, and a function's `apply`/`bind`/`call`
// stay out of completion. The classes take any arguments (as the official ones do), the
// declarations the documented ones: the official suite and the migration table test the match.
export const Account = AccountClass as unknown as AccountResource;
export const PlanGroup = PlanGroupClass as unknown as PlanGroupResource;
export const Customer = CustomerClass as unknown as CustomerResource;
export const Invoice = InvoiceClass as unknown as InvoiceResource;
export const LineItem = LineItemClass as unknown as LineItemResource;
export const Metrics = MetricsClass as unknown as MetricsResource;
export const Contact = ContactClass as unknown as ContactResource;
export const CustomAttribute = CustomAttributeClass as unknown as CustomAttributeResource;
export const CustomerNote = CustomerNoteClass as unknown as CustomerNoteResource;
export const DataSource = DataSourceClass as unknown as DataSourceResource;
export const JsonImport = JsonImportClass as unknown as JsonImportResource;
export const Opportunity = OpportunityClass as unknown as OpportunityResource;
export const Ping = PingClass as unknown as PingResource;
export const Plan = PlanClass as unknown as PlanResource;
export const Tag = TagClass as unknown as TagResource;
export const Task = TaskClass as unknown as TaskResource;
export const Subscription = SubscriptionClass as unknown as SubscriptionResource;
export const SubscriptionEvent = SubscriptionEventClass as unknown as SubscriptionEventResource;
export const Transaction = TransactionClass as unknown as TransactionResource;

/** @deprecated The Import API classes under their old grouping: use `Invoice`, `Subscription`, `Transaction`. */
export const Import: {
  Invoice: InvoiceResource;
  Subscription: SubscriptionResource;
  Transaction: TransactionResource;
} = {
  Invoice,
  Subscription,
  Transaction,
};
/** @deprecated The Enrichment API classes under their old grouping: use `Customer`, `CustomAttribute`, `Tag`. */
export const Enrichment: { Customer: CustomerResource; CustomAttribute: CustomAttributeResource; Tag: TagResource } = {
  Customer,
  CustomAttribute,
  Tag,
};
