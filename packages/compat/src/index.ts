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
import { CustomAttribute as CustomAttributeClass, Tag as TagClass } from './resources/simple.js';
import { Customer as CustomerClass } from './resources/customer.js';
import { Invoice as InvoiceClass } from './resources/invoice.js';
import { Subscription as SubscriptionClass } from './resources/subscription.js';
import { Transaction as TransactionClass } from './resources/transaction.js';

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
export { Account } from './resources/account.js';
export { PlanGroup } from './resources/plan-group.js';
export { Customer } from './resources/customer.js';
export { Invoice } from './resources/invoice.js';
export { LineItem } from './resources/line-item.js';
export { Metrics } from './resources/metrics.js';
export {
  Contact,
  CustomAttribute,
  CustomerNote,
  DataSource,
  JsonImport,
  Opportunity,
  Ping,
  Plan,
  Tag,
  Task,
} from './resources/simple.js';
export { Subscription, SubscriptionEvent } from './resources/subscription.js';
export { Transaction } from './resources/transaction.js';

/** @deprecated The Import API classes under their old grouping: use `Invoice`, `Subscription`, `Transaction`. */
export const Import = { Invoice: InvoiceClass, Subscription: SubscriptionClass, Transaction: TransactionClass };
/** @deprecated The Enrichment API classes under their old grouping: use `Customer`, `CustomAttribute`, `Tag`. */
export const Enrichment = { Customer: CustomerClass, CustomAttribute: CustomAttributeClass, Tag: TagClass };
