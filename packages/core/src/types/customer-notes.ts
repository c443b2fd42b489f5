import type { CursorPage, CursorParams } from './common.js';

/** `note` for a written note, `call` for a call log. */
export type CustomerNoteType = 'note' | 'call';

/** A note or a call log on a customer. */
export interface CustomerNote {
  /** ChartMogul's UUID of the note, `note_...`. */
  uuid: string;
  /** The customer the note is about. */
  customer_uuid: string;
  /** `note` or `call` (a call log). */
  type: CustomerNoteType | (string & {});
  /** The note's text (may hold line breaks and simple HTML). */
  text: string;
  /** Length of the call in seconds; `0` for notes. */
  call_duration?: number;
  /** Who wrote it, e.g. `Sara (sara@example.com)`. */
  author?: string;
  /** When the note was written (ISO 8601). */
  created_at: string;
  /** When the note was last changed (ISO 8601). */
  updated_at: string;
}

/** A page of notes and call logs. */
export type CustomerNotePage = CursorPage<'entries', CustomerNote>;

/** The note fields you can write. */
interface CustomerNoteWritableFields {
  /** Email of the ChartMogul user who wrote it; the API key's owner by default. */
  author_email?: string;
  /** The note's text. */
  text?: string;
  /** Length of a call in seconds. */
  call_duration?: number;
  /** When the note was written (ISO 8601); now by default. */
  created_at?: string;
}

export interface CustomerNoteCreateParams extends CustomerNoteWritableFields {
  /** The customer the note is about. */
  customer_uuid: string;
  /** `note`, or `call` for a call log. */
  type: CustomerNoteType;
}

export interface CustomerNoteUpdateParams extends CustomerNoteWritableFields {
  /** When the note was last changed (ISO 8601). */
  updated_at?: string;
}

export interface CustomerNoteListParams extends CursorParams {
  /** Only notes about this customer. */
  customer_uuid?: string;
  /** Only notes, or only call logs. */
  type?: CustomerNoteType;
}
