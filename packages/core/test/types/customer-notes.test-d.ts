import { describe, expectTypeOf, it } from 'vitest';
import type { ChartMogulClient, CustomerNote, CustomerNotePage, PagePromise } from '../../src/index.js';

declare const cm: ChartMogulClient;

describe('customerNotes types', () => {
  it('types the results', () => {
    expectTypeOf(cm.customerNotes.create({ customer_uuid: 'cus_1', type: 'note', text: 'x' })).resolves.toEqualTypeOf<CustomerNote>();
    expectTypeOf(cm.customerNotes.update('note_1', { text: 'y' })).resolves.toEqualTypeOf<CustomerNote>();
    expectTypeOf(cm.customerNotes.list({ type: 'call' })).toEqualTypeOf<PagePromise<CustomerNotePage, CustomerNote>>();
  });

  it('refuses wrong parameter names and types, and missing required ones', () => {
    // @ts-expect-error the type is note or call
    cm.customerNotes.create({ customer_uuid: 'cus_1', type: 'email' });
    // @ts-expect-error the customer is required
    cm.customerNotes.create({ type: 'note' });
    // @ts-expect-error call_duration is in seconds, a number
    cm.customerNotes.update('note_1', { call_duration: '60' });
    // @ts-expect-error `author` is read-only; write `author_email`
    cm.customerNotes.update('note_1', { author: 'sara@example.com' });
  });
});
