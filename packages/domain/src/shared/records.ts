import { DomainError, notFound } from "./errors.js";
import type { Stored } from "./store.js";

/** The record's own data, without storage metadata. */
export function dataOf<T extends object>(record: Stored<T>): T {
  const { etag: _e, createdAt: _c, createdBy: _cb, updatedAt: _u, updatedBy: _ub, deleted: _d, ...data } = record;
  return data as unknown as T;
}

/** The metadata every DTO exposes. */
export const metaOf = <T extends object>(r: Stored<T>) => ({
  etag: r.etag,
  createdAt: r.createdAt,
  createdBy: r.createdBy,
  updatedAt: r.updatedAt,
  updatedBy: r.updatedBy,
});

/** `current` with every defined value of `changes` applied; undefined means "leave as is". */
export function applyChanges<T extends object>(current: T, changes: { readonly [K in keyof T]?: T[K] | undefined }): T {
  const defined = Object.entries(changes).filter(([, v]) => v !== undefined);
  return { ...current, ...Object.fromEntries(defined) };
}

/** The version of a record nobody has saved yet. */
export const newRecordEtag = "new";

/** A stale version stops a write before anything else is checked: reload first. */
export function assertVersion(current: { etag: string } | null, etag: string): void {
  if ((current?.etag ?? newRecordEtag) !== etag) {
    throw new DomainError("precondition_failed", "Someone else changed this first. Reload and try again.");
  }
}

/** `found` when it exists and is not deleted; else 404 naming `what` ("The activity"). */
export function liveOrThrow<T>(found: Stored<T> | null, what: string): Stored<T> {
  if (!found || found.deleted) throw notFound(what);
  return found;
}
