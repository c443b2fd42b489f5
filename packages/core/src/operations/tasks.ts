import type { EmptyResult } from '../types/common.js';
import type { Task, TaskCreateParams, TaskListParams, TaskPage, TaskUpdateParams } from '../types/tasks.js';
import { defineOperation } from './operation.js';

export const tasks = {
  create: defineOperation<TaskCreateParams, Task>()({
    id: 'tasks.create',
    method: 'POST',
    path: '/v1/tasks',
    summary: 'Creates a task about a customer.',
  }),
  list: defineOperation<TaskListParams, TaskPage>()({
    id: 'tasks.list',
    method: 'GET',
    path: '/v1/tasks',
    summary: 'Lists tasks, optionally by customer, assignee, due date or completion.',
    paging: { items: 'entries' },
  }),
  retrieve: defineOperation<void, Task>()({
    id: 'tasks.retrieve',
    method: 'GET',
    path: '/v1/tasks/{uuid}',
    summary: 'Returns one task.',
  }),
  update: defineOperation<TaskUpdateParams, Task>()({
    id: 'tasks.update',
    method: 'PATCH',
    path: '/v1/tasks/{uuid}',
    summary: 'Changes a task, e.g. marks it done with `completed_at`.',
  }),
  delete: defineOperation<void, EmptyResult>()({
    id: 'tasks.delete',
    method: 'DELETE',
    path: '/v1/tasks/{uuid}',
    summary: 'Deletes a task.',
  }),
} as const;
