import type { Router } from '../http/router.js';
import { accountRoutes } from './account.js';
import { crmRecordRoutes } from './crm.js';
import { customerAttributeRoutes } from './customer-attributes.js';
import { customerRoutes } from './customers.js';
import { dataSourceRoutes } from './data-sources.js';
import { invoiceRoutes } from './invoices.js';
import { jsonImportRoutes } from './json-imports.js';
import { lineItemRoutes, transactionRoutes } from './line-items-transactions.js';
import { activityRoutes } from './activities.js';
import { metricsRoutes } from './metrics.js';
import { planRoutes } from './plans.js';
import { subscriptionEventRoutes } from './subscription-events.js';
import { subscriptionRoutes } from './subscriptions.js';

/** Every route of the local ChartMogul. Within a file, fixed paths come before `:param` ones. */
export function registerRoutes(router: Router): void {
  accountRoutes(router);
  dataSourceRoutes(router);
  jsonImportRoutes(router);
  customerRoutes(router);
  customerAttributeRoutes(router);
  crmRecordRoutes(router);
  subscriptionRoutes(router);
  planRoutes(router);
  invoiceRoutes(router);
  lineItemRoutes(router);
  transactionRoutes(router);
  subscriptionEventRoutes(router);
  metricsRoutes(router);
  activityRoutes(router);
}
