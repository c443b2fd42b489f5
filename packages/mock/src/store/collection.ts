import { SeqIndex, type Sequenced } from './seq-index.js';

export interface StoredRecord extends Sequenced {
  readonly uuid: string;
}

/** The groups a record files under: none, one, or several (a merged customer has several). */
export type GroupKeyOf<T> = (record: T) => string | readonly string[] | undefined;

/** A unique key within a scope: `[data source uuid, external id]`. */
export type ScopedKey = readonly [scope: string, key: string];
export type UniqueKeyOf<T> = (record: T) => ScopedKey | readonly ScopedKey[] | undefined;

function groupKeys<T>(keyOf: GroupKeyOf<T>, record: T): readonly string[] {
  const keys = keyOf(record);
  if (keys === undefined) return [];
  return typeof keys === 'string' ? [keys] : keys;
}

function uniqueKeys<T>(keyOf: UniqueKeyOf<T>, record: T): readonly ScopedKey[] {
  const keys = keyOf(record);
  if (keys === undefined) return [];
  return typeof keys[0] === 'string' ? [keys as ScopedKey] : (keys as readonly ScopedKey[]);
}

const sameKey = (a: ScopedKey, b: ScopedKey) => a[0] === b[0] && a[1] === b[1];

/**
 * A group holds its single record directly and an ordered index from the second record on:
 * most groups (a customer's subscriptions, the customers of one email) have one record, and
 * an index per group would cost a seeded account hundreds of thousands of objects.
 */
type GroupEntry<T extends StoredRecord> = T | SeqIndex<T>;

class Group<T extends StoredRecord> {
  private readonly entries = new Map<string, GroupEntry<T>>();

  add(key: string, record: T): void {
    const entry = this.entries.get(key);
    if (entry === undefined) this.entries.set(key, record);
    else if (entry instanceof SeqIndex) entry.add(record);
    else {
      const index = new SeqIndex<T>();
      index.add(entry);
      index.add(record);
      this.entries.set(key, index);
    }
  }

  /** The record left the group (it moved, or it was removed). */
  leave(key: string, record: T, removed: boolean): void {
    const entry = this.entries.get(key);
    if (entry === record) this.entries.delete(key);
    else if (entry instanceof SeqIndex) {
      if (removed) entry.noteRemoved();
      else entry.take(record);
    }
  }

  get(key: string): SeqIndex<T> | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined || entry instanceof SeqIndex) return entry;
    const single = new SeqIndex<T>();
    single.add(entry);
    return single;
  }
}

const EMPTY = new SeqIndex<never>();

/**
 * All records of one resource in one account: by uuid, in creation order, grouped (for
 * "the invoices of this customer" lists) and by unique keys within a scope (an `external_id`
 * within a data source). Fields that indexes read must only change through `update`, which
 * files the record again under its new keys.
 *
 * Only the creation-order list is kept up to date on insert; the lookup indexes catch up
 * on the first read that needs them. Seeding 100,000 customers then costs array pushes,
 * and the maps are built once, in one pass, when (and if) something looks a record up.
 */
export class Collection<T extends StoredRecord, GroupName extends string = never, UniqueName extends string = never> {
  readonly all = new SeqIndex<T>();
  private readonly byUuid = new Map<string, T>();
  /** Inserted records not yet filed in `byUuid`, the groups and the unique indexes. */
  private pending: T[] = [];
  private count = 0;
  private readonly groups: Array<[GroupName, GroupKeyOf<T>, Group<T>]> = [];
  private readonly uniques: Array<[UniqueName, UniqueKeyOf<T>, Map<string, Map<string, T>>]> = [];

  constructor(indexes: { groups?: Record<GroupName, GroupKeyOf<T>>; unique?: Record<UniqueName, UniqueKeyOf<T>> } = {}) {
    for (const [name, keyOf] of Object.entries(indexes.groups ?? {}) as Array<[GroupName, GroupKeyOf<T>]>) {
      this.groups.push([name, keyOf, new Group<T>()]);
    }
    for (const [name, keyOf] of Object.entries(indexes.unique ?? {}) as Array<[UniqueName, UniqueKeyOf<T>]>) {
      this.uniques.push([name, keyOf, new Map()]);
    }
  }

  get size(): number {
    return this.count;
  }

  get(uuid: string): T | undefined {
    this.catchUp();
    return this.byUuid.get(uuid);
  }

  insert(record: T): T {
    this.all.add(record);
    this.pending.push(record);
    this.count++;
    return record;
  }

  remove(record: T): void {
    this.catchUp();
    if (record.removed || this.byUuid.get(record.uuid) !== record) return;
    record.removed = true;
    this.count--;
    this.byUuid.delete(record.uuid);
    this.all.noteRemoved();
    for (const [, keyOf, group] of this.groups) for (const key of groupKeys(keyOf, record)) group.leave(key, record, true);
    for (const [, keyOf, scopes] of this.uniques) for (const key of uniqueKeys(keyOf, record)) this.release(scopes, key, record);
  }

  /** Changes indexed fields of a record and files it under its new keys. */
  update(record: T, mutate: (record: T) => void): void {
    this.catchUp();
    const groupsBefore = this.groups.map(([, keyOf]) => groupKeys(keyOf, record));
    const uniquesBefore = this.uniques.map(([, keyOf]) => uniqueKeys(keyOf, record));
    mutate(record);
    this.groups.forEach(([, keyOf, group], i) => {
      const was = groupsBefore[i] as readonly string[];
      const now = groupKeys(keyOf, record);
      for (const key of was) if (!now.includes(key)) group.leave(key, record, false);
      for (const key of now) if (!was.includes(key)) group.add(key, record);
    });
    this.uniques.forEach(([, keyOf, scopes], i) => {
      const was = uniquesBefore[i] as readonly ScopedKey[];
      const now = uniqueKeys(keyOf, record);
      for (const key of was) if (!now.some((k) => sameKey(k, key))) this.release(scopes, key, record);
      for (const key of now) this.claim(scopes, key, record);
    });
  }

  /** The records filed under `key` in the group index `name`, in creation order. */
  group(name: GroupName, key: string): SeqIndex<T> {
    this.catchUp();
    const entry = this.groups.find(([groupName]) => groupName === name);
    return entry?.[2].get(key) ?? (EMPTY as unknown as SeqIndex<T>);
  }

  findUnique(name: UniqueName, scope: string | undefined, key: string | null | undefined): T | undefined {
    if (scope === undefined || key === null || key === undefined) return undefined;
    this.catchUp();
    return this.uniques.find(([uniqueName]) => uniqueName === name)?.[2].get(scope)?.get(key);
  }

  values(): IterableIterator<T> {
    return this.all.values();
  }

  /** Files the records inserted since the last lookup. */
  private catchUp(): void {
    if (this.pending.length === 0) return;
    const pending = this.pending;
    this.pending = [];
    for (const record of pending) {
      this.byUuid.set(record.uuid, record);
      for (const [, keyOf, group] of this.groups) for (const key of groupKeys(keyOf, record)) group.add(key, record);
      for (const [, keyOf, scopes] of this.uniques) for (const key of uniqueKeys(keyOf, record)) this.claim(scopes, key, record);
    }
  }

  private claim(scopes: Map<string, Map<string, T>>, [scope, key]: ScopedKey, record: T): void {
    let keys = scopes.get(scope);
    if (keys === undefined) scopes.set(scope, (keys = new Map()));
    keys.set(key, record);
  }

  private release(scopes: Map<string, Map<string, T>>, [scope, key]: ScopedKey, record: T): void {
    const keys = scopes.get(scope);
    if (keys?.get(key) === record) keys.delete(key);
  }
}
