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

/**
 * How fresh a read of reference data (the organisation, a plan year) must be. Writes and the
 * reads that decide them take the current version (the default); a read that only shows
 * may accept the copy this instance checked within `acceptAgeMs` — a change made on this
 * instance is seen at once, one made on another within that time.
 */
export interface ReadFreshness {
  readonly acceptAgeMs: number;
}

/** What a screen that only shows may accept: the instance's copy checked within 30 seconds. */
export const forDisplay: ReadFreshness = { acceptAgeMs: 30_000 };

export interface Clock {
  now(): Date;
}

export interface IdGenerator {
  newId(): string;
  /** The same id for the same parts, every time: one record per natural key, however many requests race to create it. */
  idFor(...parts: readonly string[]): string;
}

/** What every module's store offers over its record kinds `M`: the audit trail, and audited, versioned writes. */
export interface RecordStorePort<M> {
  listAudit(tenantId: string, objectType: string, objectId: string): Promise<AuditRecord[]>;
  create<K extends keyof M & string>(tenantId: string, type: K, data: M[K], audit: AuditInfo): Promise<Stored<M[K]>>;
  /** Replaces `current` (as read by the caller) with `data`; fails with `precondition_failed` when `etag` is stale. */
  replace<K extends keyof M & string>(
    tenantId: string,
    type: K,
    current: Stored<M[K]>,
    data: M[K] & { readonly deleted?: boolean },
    etag: string,
    audit: AuditInfo,
  ): Promise<Stored<M[K]>>;
}
