import { describe, expectTypeOf, it } from 'vitest';
import type { ChartMogulClient, EmptyResult, PagePromise, Task, TaskPage } from '../../src/index.js';

declare const cm: ChartMogulClient;

describe('tasks types', () => {
  it('types the results', async () => {
    const created = cm.tasks.create({ customer_uuid: 'cus_1', task_details: 'Demo', assignee: 'a@b.c', due_date: '2025-04-21' });
    expectTypeOf(created).resolves.toEqualTypeOf<Task>();
    expectTypeOf(cm.tasks.delete('task_1')).resolves.toEqualTypeOf<EmptyResult>();
    expectTypeOf(cm.tasks.list({ completed: false })).toEqualTypeOf<PagePromise<TaskPage, Task>>();
    const task = await cm.tasks.retrieve('task_1');
    expectTypeOf(task.completed_at).toEqualTypeOf<string | null>();
  });

  it('refuses wrong parameter names and types, and missing required ones', () => {
    // @ts-expect-error the assignee is required
    cm.tasks.create({ customer_uuid: 'cus_1', task_details: 'Demo', due_date: '2025-04-21' });
    // @ts-expect-error completed is a boolean
    cm.tasks.list({ completed: 'no' });
    // @ts-expect-error `details` is spelled `task_details`
    cm.tasks.update('task_1', { details: 'Demo' });
  });
});
