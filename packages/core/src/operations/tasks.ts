import type { EmptyResult } from '../types/common.js';
import type { Task, TaskCreateParams, TaskListParams, TaskPage, TaskUpdateParams } from '../types/tasks.js';
import { defineOperation } from './operation.js';

export const tasks = {
  create: defineOperation<TaskCreateParams, Task>()({
    method: 'POST',
    path: '/v1/tasks',
  }),
  list: defineOperation<TaskListParams, TaskPage>()({
    method: 'GET',
    path: '/v1/tasks',
    paging: { items: 'entries' },
  }),
  retrieve: defineOperation<void, Task>()({
    noParams: true,
    method: 'GET',
    path: '/v1/tasks/{uuid}',
  }),
  update: defineOperation<TaskUpdateParams, Task>()({
    method: 'PATCH',
    path: '/v1/tasks/{uuid}',
  }),
  delete: defineOperation<void, EmptyResult>()({
    noParams: true,
    method: 'DELETE',
    path: '/v1/tasks/{uuid}',
  }),
} as const;
