import type { BulkImportJournal, BulkJournalEntry } from './types.js';

/**
 * The default journal: kept in memory, so it guards one run (a batch retried after a lost answer
 * is recognised) and survives no crash. Pass the same object to a second run to resume while the program still runs.
 */
export function memoryJournal(): BulkImportJournal {
  const entries: BulkJournalEntry[] = [];
  return {
    load: async () => entries.slice(),
    record: async (entry) => {
      entries.push(entry);
    },
  };
}
