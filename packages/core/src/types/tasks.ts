import type { CursorPage, CursorParams } from './common.js';

/** A to-do about a customer, assigned to a ChartMogul user. */
export interface Task {
  /** ChartMogul's UUID of the task. */
  task_uuid: string;
  /** The customer the task is about. */
  customer_uuid: string;
  /** What to do (up to 255 characters). */
  task_details: string;
  /** Email of the ChartMogul user the task is assigned to. */
  assignee: string;
  /** When the task is due (ISO 8601 date). */
  due_date: string;
  /** When the task was done (ISO 8601), or `null` while open. */
  completed_at: string | null;
  /** When it was created (ISO 8601). */
  created_at: string;
  /** When it last changed (ISO 8601). */
  updated_at: string;
}

/** A page of tasks. */
export type TaskPage = CursorPage<'entries', Task>;

export interface TaskUpdateParams {
  /** What to do (up to 255 characters). */
  task_details?: string;
  /** Email of the ChartMogul user the task is assigned to. */
  assignee?: string;
  /** When the task is due (ISO 8601 date). */
  due_date?: string;
  /** When the task was done (ISO 8601). */
  completed_at?: string;
}

export interface TaskCreateParams extends TaskUpdateParams {
  /** The customer the task is about. */
  customer_uuid: string;
  /** What is to be done, as free text. */
  task_details: string;
  /** Email of the ChartMogul user the task is assigned to. */
  assignee: string;
  /** When the task is due (ISO 8601 date). */
  due_date: string;
}

export interface TaskListParams extends CursorParams {
  /** Only tasks about this customer. */
  customer_uuid?: string;
  /** Only tasks assigned to this user (email). */
  assignee?: string;
  /** Only tasks due on or after this date (ISO 8601). */
  due_date_on_or_after?: string;
  /** Only tasks due on or before this date (ISO 8601). */
  due_date_on_or_before?: string;
  /** Only done (`true`) or open (`false`) tasks. */
  completed?: boolean;
}
