import type { EmptyResult } from '../types/common.js';
import type { Task, TaskCreateParams, TaskListParams, TaskPage, TaskUpdateParams } from '../types/tasks.js';
import { defineOperation } from './operation.js';

export const tasks = {
  create: defineOperation<TaskCreateParams, Task>()({
    id: 'tasks.create',
    method: 'POST',
    path: '/v1/tasks',
  }),
  list: defineOperation<TaskListParams, TaskPage>()({
    id: 'tasks.list',
    method: 'GET',
    path: '/v1/tasks',
    paging: { items: 'entries' },
  }),
  retrieve: defineOperation<void, Task>()({
    id: 'tasks.retrieve',
    noParams: true,
    method: 'GET',
    path: '/v1/tasks/{uuid}',
  }),
  update: defineOperation<TaskUpdateParams, Task>()({
    id: 'tasks.update',
    method: 'PATCH',
    path: '/v1/tasks/{uuid}',
  }),
  delete: defineOperation<void, EmptyResult>()({
    id: 'tasks.delete',
    noParams: true,
    method: 'DELETE',
    path: '/v1/tasks/{uuid}',
  }),
} as const;
