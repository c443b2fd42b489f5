import { describe, expect, it } from 'vitest';
import { captureRequests, testClient } from '../support/capture.js';
import { expectRequest } from '../support/expect-request.js';

const wire = captureRequests();
const client = testClient();

const note = {
  uuid: 'note_39351ba6-dea0-11ee-ac96-37b2b3de29af',
  customer_uuid: 'cus_52eb54c2-dea0-11ed-ac96-ef735d89fca0',
  type: 'call',
  text: 'Trial extended by two weeks.',
  call_duration: 60,
  author: 'Sara (sara@example.com)',
  created_at: '2023-11-01T00:00:00.000Z',
  updated_at: '2023-12-21T10:53:50.082Z',
};
const page = { entries: [note], cursor: 'n2', has_more: false };

describe('customerNotes', () => {
  it('create posts the note', async () => {
    wire.reply(note);
    const params = {
      customer_uuid: note.customer_uuid,
      type: 'call' as const,
      author_email: 'sara@example.com',
      text: note.text,
      call_duration: 60,
      created_at: '2023-11-01T00:00:00Z',
    };
    const result = await client.customerNotes.create(params);
    expectRequest(wire.last(), { method: 'POST', path: '/v1/customer_notes', body: params });
    expect(result).toEqual(note);
  });

  it('list sends customer and type in the query and iterates the entries', async () => {
    wire.reply(page);
    const first = await client.customerNotes.list({ customer_uuid: 'cus_1', type: 'call', per_page: 20 });
    expectRequest(wire.last(), {
      method: 'GET',
      path: '/v1/customer_notes',
      query: { customer_uuid: 'cus_1', type: 'call', per_page: '20' },
    });
    expect(first).toEqual(page);
    await expect(client.customerNotes.list().toArray({ limit: 3 })).resolves.toEqual([note]);
  });

  it('retrieve, update and delete address /v1/customer_notes/{uuid}', async () => {
    wire.reply(note);
    expect(await client.customerNotes.retrieve('note_1')).toEqual(note);
    expectRequest(wire.last(), { method: 'GET', path: '/v1/customer_notes/note_1' });

    expect(await client.customerNotes.update('note_1', { text: 'Updated', author_email: 'sara@example.com' })).toEqual(note);
    expectRequest(wire.last(), {
      method: 'PATCH',
      path: '/v1/customer_notes/note_1',
      body: { text: 'Updated', author_email: 'sara@example.com' },
    });

    wire.reply(undefined, 204);
    expect(await client.customerNotes.delete('note_1')).toBeUndefined();
    expectRequest(wire.last(), { method: 'DELETE', path: '/v1/customer_notes/note_1' });
  });
});
