/**
 * The scope of chartmogul-kit: the 115 endpoints that ChartMogul's official libraries implement
 * between them (the project's api/endpoints.md), as `METHOD path` with `{}` for each path parameter.
 */
export const SCOPE = `
GET /v1/ping|GET /v1/account
POST /v1/data_sources|GET /v1/data_sources|GET /v1/data_sources/{}|DELETE /v1/data_sources/{}
DELETE /v1/data_sources/{}/dependent|DELETE /v1/data_sources/{}/all
POST /v1/customers|GET /v1/customers|GET /v1/customers/{}|PATCH /v1/customers/{}|DELETE /v1/customers/{}
GET /v1/customers/search|POST /v1/customers/merges|POST /v1/customers/unmerges|GET /v1/customers/{}/attributes
POST /v1/customers/{}/attributes/tags|DELETE /v1/customers/{}/attributes/tags|POST /v1/customers/attributes/tags
POST /v1/customers/{}/attributes/custom|PUT /v1/customers/{}/attributes/custom
DELETE /v1/customers/{}/attributes/custom|POST /v1/customers/attributes/custom
POST /v1/contacts|GET /v1/contacts|GET /v1/contacts/{}|PATCH /v1/contacts/{}|DELETE /v1/contacts/{}
POST /v1/contacts/{}/merge/{}|GET /v1/customers/{}/contacts|POST /v1/customers/{}/contacts
POST /v1/customer_notes|GET /v1/customer_notes|GET /v1/customer_notes/{}|PATCH /v1/customer_notes/{}|DELETE /v1/customer_notes/{}
POST /v1/opportunities|GET /v1/opportunities|GET /v1/opportunities/{}|PATCH /v1/opportunities/{}|DELETE /v1/opportunities/{}
POST /v1/tasks|GET /v1/tasks|GET /v1/tasks/{}|PATCH /v1/tasks/{}|DELETE /v1/tasks/{}
POST /v1/plans|GET /v1/plans|GET /v1/plans/{}|PATCH /v1/plans/{}|DELETE /v1/plans/{}
POST /v1/plan_groups|GET /v1/plan_groups|GET /v1/plan_groups/{}|PATCH /v1/plan_groups/{}|DELETE /v1/plan_groups/{}
GET /v1/plan_groups/{}/plans
POST /v1/import/customers/{}/invoices|GET /v1/import/customers/{}/invoices|PUT /v1/import/customers/{}/invoices
GET /v1/invoices|GET /v1/invoices/{}|PATCH /v1/invoices/{}|DELETE /v1/invoices/{}|PATCH /v1/invoices/{}/disabled_state
PATCH /v1/invoices|DELETE /v1/invoices|PATCH /v1/invoices/disabled_state
PUT /v1/data_sources/{}/invoices/{}/status|DELETE /v1/data_sources/{}/customers/{}/invoices
POST /v1/import/invoices/{}/line_items|GET /v1/line_items/{}|PATCH /v1/line_items/{}|DELETE /v1/line_items/{}
PATCH /v1/line_items/{}/disabled_state|GET /v1/line_items|PATCH /v1/line_items|DELETE /v1/line_items
PATCH /v1/line_items/disabled_state
POST /v1/import/invoices/{}/transactions|GET /v1/transactions/{}|PATCH /v1/transactions/{}|DELETE /v1/transactions/{}
PATCH /v1/transactions/{}/disabled_state|GET /v1/transactions|PATCH /v1/transactions|DELETE /v1/transactions
PATCH /v1/transactions/disabled_state
GET /v1/import/customers/{}/subscriptions|PATCH /v1/import/subscriptions/{}
GET /v1/subscription_events|POST /v1/subscription_events|PATCH /v1/subscription_events|DELETE /v1/subscription_events
PATCH /v1/subscription_events/{}/disabled_state|PATCH /v1/subscription_events/disabled_state
GET /v1/customers/{}/subscriptions|GET /v1/customers/{}/activities
POST /v1/customers/{}/connect_subscriptions|POST /v1/customers/{}/disconnect_subscriptions
GET /v1/metrics/all|GET /v1/metrics/mrr|GET /v1/metrics/arr|GET /v1/metrics/arpa|GET /v1/metrics/asp
GET /v1/metrics/customer-count|GET /v1/metrics/customer-churn-rate|GET /v1/metrics/mrr-churn-rate|GET /v1/metrics/ltv
GET /v1/activities|POST /v1/activities_export|GET /v1/activities_export/{}
POST /v1/data_sources/{}/json_imports|GET /v1/data_sources/{}/json_imports/{}
`
  .split(/[|\n]/)
  .map((endpoint) => endpoint.trim())
  .filter(Boolean);
