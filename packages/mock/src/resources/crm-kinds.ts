import type { Account } from '../store/account.js';
import type { IdPrefix } from '../store/ids.js';

/**
 * Contacts, customer notes, opportunities and tasks are CRM records: a customer, a few
 * writable fields that echo back, and timestamps. One description per kind drives create,
 * update, list filters and the wire shape, so the four resources share one implementation.
 */
export interface CrmKind {
  /** For messages: "Contact not found". */
  label: string;
  collection: (account: Account) => Account['collections']['contacts'];
  /** The wire name of the id: `uuid`, or `task_uuid` for tasks. */
  idField: 'uuid' | 'task_uuid';
  /** ChartMogul prefixes some ids (`con_`, `note_`); opportunities and tasks use bare uuids. */
  prefix: IdPrefix | null;
  /** Writable fields with the value the API shows when they were never set. */
  defaults: Record<string, unknown>;
  /** Fields a create must carry (besides the customer). */
  required: readonly string[];
  /** Fields holding timestamps, normalised to ISO 8601. */
  timestamps: readonly string[];
  /** Fields sent as `[{ key, value }]` and shown as `{ key: value }`. */
  customField: boolean;
  /** Whether the record shows `created_at` / `updated_at`. */
  dated: boolean;
  /** Query parameters that filter lists by equality on a field. */
  filters: readonly string[];
  /**
   * Fields the API shows only in the answers to a create or update of the record itself
   * (recorded in 2023: a contact's `external_id` is in the answers to `POST /v1/contacts` and
   * `PATCH /v1/contacts/{uuid}`, not in reads, merges or `POST /v1/customers/{uuid}/contacts`).
   */
  echoedOnly?: readonly string[];
}

export const contactKind: CrmKind = {
  label: 'Contact',
  collection: (account) => account.collections.contacts,
  idField: 'uuid',
  prefix: 'con',
  defaults: {
    data_source_uuid: null,
    customer_external_id: null,
    external_id: null,
    position: null,
    first_name: null,
    last_name: null,
    title: null,
    email: null,
    phone: null,
    linked_in: null,
    twitter: null,
    notes: null,
  },
  required: ['data_source_uuid'],
  timestamps: [],
  customField: true,
  dated: false,
  filters: ['data_source_uuid', 'email', 'external_id'],
  echoedOnly: ['external_id'],
};

export const noteKind: CrmKind = {
  label: 'Customer note',
  collection: (account) => account.collections.notes,
  idField: 'uuid',
  prefix: 'note',
  defaults: { type: 'note', text: null, call_duration: 0, author: null },
  required: ['type'],
  timestamps: [],
  customField: false,
  dated: true,
  filters: ['type', 'author'],
};

export const opportunityKind: CrmKind = {
  label: 'Opportunity',
  collection: (account) => account.collections.opportunities,
  idField: 'uuid',
  prefix: null,
  defaults: {
    owner: null,
    pipeline: null,
    pipeline_stage: null,
    estimated_close_date: null,
    currency: null,
    amount_in_cents: null,
    type: null,
    forecast_category: null,
    win_likelihood: null,
  },
  required: ['owner', 'pipeline', 'pipeline_stage', 'estimated_close_date', 'currency', 'amount_in_cents'],
  timestamps: [],
  customField: true,
  dated: true,
  filters: ['owner', 'pipeline', 'pipeline_stage'],
};

export const taskKind: CrmKind = {
  label: 'Task',
  collection: (account) => account.collections.tasks,
  idField: 'task_uuid',
  prefix: null,
  defaults: { task_details: null, assignee: null, due_date: null, completed_at: null },
  required: ['task_details', 'assignee', 'due_date'],
  timestamps: ['due_date', 'completed_at'],
  customField: false,
  dated: true,
  filters: ['assignee'],
};
