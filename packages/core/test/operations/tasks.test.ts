import { describe, expect, it } from 'vitest';
import { captureRequests, testClient } from '../support/capture.js';
import { expectRequest } from '../support/expect-request.js';

const wire = captureRequests();
const client = testClient();

const task = {
  task_uuid: '5d6ec2cc-280d-11f0-b50e-5bd43fc8c28c',
  customer_uuid: 'cus_f466e33d-ff2b-4a11-8f85-417eb02157a7',
  task_details: 'Schedule product demo',
  assignee: 'kamil@example.com',
  due_date: '2025-04-21',
  completed_at: null,
  created_at: '2025-04-20T08:06:31.644Z',
  updated_at: '2025-04-20T08:06:31.644Z',
};
const page = { entries: [task], cursor: 't2', has_more: false };

describe('tasks', () => {
  it('create posts the task', async () => {
    wire.reply(task);
    const params = {
      customer_uuid: task.customer_uuid,
      task_details: task.task_details,
      assignee: task.assignee,
      due_date: task.due_date,
    };
    const result = await client.tasks.create(params);
    expectRequest(wire.last(), { method: 'POST', path: '/v1/tasks', body: params });
    expect(result).toEqual(task);
  });

  it('list sends the filters in the query (booleans as true/false) and iterates the entries', async () => {
    wire.reply(page);
    const first = await client.tasks.list({ assignee: 'kamil@example.com', completed: false, due_date_on_or_before: '2025-05-01' });
    expectRequest(wire.last(), {
      method: 'GET',
      path: '/v1/tasks',
      query: { assignee: 'kamil@example.com', completed: 'false', due_date_on_or_before: '2025-05-01' },
    });
    expect(first).toEqual(page);
    await expect(client.tasks.list({ customer_uuid: 'cus_1' }).toArray({ limit: 3 })).resolves.toEqual([task]);
  });

  it('retrieve, update and delete address /v1/tasks/{uuid}', async () => {
    wire.reply(task);
    expect(await client.tasks.retrieve('task_1')).toEqual(task);
    expectRequest(wire.last(), { method: 'GET', path: '/v1/tasks/task_1' });

    expect(await client.tasks.update('task_1', { completed_at: '2025-04-19' })).toEqual(task);
    expectRequest(wire.last(), { method: 'PATCH', path: '/v1/tasks/task_1', body: { completed_at: '2025-04-19' } });

    wire.reply({});
    expect(await client.tasks.delete('task_1')).toEqual({});
    expectRequest(wire.last(), { method: 'DELETE', path: '/v1/tasks/task_1' });
  });
});
