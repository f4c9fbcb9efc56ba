/** What every module's storage shares: record metadata, audit entries, pages, the clock and ids. */

/** Fields every stored record carries besides its own data. */
export interface StoredMeta {
  readonly etag: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly updatedAt: string;
  readonly updatedBy: string;
  readonly deleted?: boolean;
}

export type Stored<T> = T & StoredMeta;

export interface AuditInfo {
  readonly userId: string;
  readonly action: string;
}

export interface AuditRecord {
  readonly id: string;
  readonly at: string;
  readonly userId: string;
  readonly action: string;
  readonly objectType: string;
  readonly objectId: string;
  readonly before: unknown;
  readonly after: unknown;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly continuationToken: string | null;
}

export interface Clock {
  now(): Date;
}

export interface IdGenerator {
  newId(): string;
  /** The same id for the same parts, every time: one record per natural key, however many requests race to create it. */
  idFor(...parts: readonly string[]): string;
}
