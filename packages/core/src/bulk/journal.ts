import type { BulkImportJournal, BulkJournalEntry } from './types.js';

/** What the journal says of each batch: its last entry, by the batch's external id. */
export async function readJournal(journal: BulkImportJournal): Promise<Map<string, BulkJournalEntry>> {
  const latest = new Map<string, BulkJournalEntry>();
  for (const entry of await journal.load()) {
    if (entry !== null && typeof entry === 'object' && typeof entry.externalId === 'string') latest.set(entry.externalId, entry);
  }
  return latest;
}

/** The id to follow a batch by: ChartMogul's once the journal holds it, else the batch's external id. */
export const followId = (entry: BulkJournalEntry): string => (entry.state === 'sending' ? entry.externalId : entry.importId);
