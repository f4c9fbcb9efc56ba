import { randomUUID } from "node:crypto";
import type { Container, ItemDefinition, JSONValue, OperationInput, SqlParameter } from "@azure/cosmos";
import { type AuditInfo, type AuditRecord, type Clock, DomainError, type Stored } from "@kvalitetskedjan/domain";

/** A record in Cosmos: its data, keyed `type:key`, beside tenant, type and metadata. */
export interface Doc extends ItemDefinition {
  id: string;
  key: string;
  tenantId: string;
  type: string;
  deleted: boolean;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  _etag?: string;
}

export const docId = (type: string, key: string): string => `${type}:${key}`;
export const notDeleted = "c.deleted = false";
export const staleMessage = "Someone else changed this first. Reload and try again.";

const systemFields = ["_rid", "_self", "_ts", "_attachments"];

/** A batch operation after the first failed because another write got there first: try again. */
export class Contended extends Error {}

/** What a repository adds to the generic record writes of its container. */
export interface RecordHooks {
  /** Fields stored beside the record's data (search keys, denormalised lists); never returned. */
  readonly hiddenFields?: readonly string[];
  readonly extraFields?: (tenantId: string, type: string, data: object, phase: "create" | "replace") => Promise<object> | object;
  /** Further operations of the same batch (documents kept in step with the record). */
  readonly companions?: (tenantId: string, type: string, data: object, deleted: boolean, at: string) => Promise<OperationInput[]>;
}

/**
 * Generic storage of tenant records in one container partitioned by `/tenantId`. Every
 * query names `c.tenantId = @tenantId` in its text and sets the partition key; every write
 * is a transactional batch of the change, its companions and its audit record (atomic on
 * Cosmos DB); soft-deleted records are never returned.
 */
export function createRecordStore(container: Container, clock: Clock, hooks: RecordHooks = {}) {
  const hidden = new Set([...(hooks.hiddenFields ?? []), ...systemFields]);

  function fromDoc<T>(doc: Doc): Stored<T> {
    const { id: _id, key, tenantId: _t, type: _type, _etag, ...rest } = doc as Doc & Record<string, unknown>;
    const visible = Object.fromEntries(Object.entries(rest).filter(([k]) => !hidden.has(k)));
    return { ...visible, id: key, etag: _etag ?? "" } as unknown as Stored<T>;
  }

  async function query<T>(tenantId: string, where: string, parameters: SqlParameter[], orderBy = ""): Promise<Stored<T>[]> {
    const { resources } = await container.items
      .query<Doc>(
        {
          query: `SELECT * FROM c WHERE c.tenantId = @tenantId AND ${where}${orderBy}`,
          parameters: [{ name: "@tenantId", value: tenantId }, ...parameters],
        },
        { partitionKey: tenantId, maxItemCount: 5000 },
      )
      .fetchAll();
    return resources.filter((d) => d.tenantId === tenantId).map((d) => fromDoc<T>(d));
  }

  /**
   * A query returning, for each record, its metadata and only the named fields (Cosmos SQL
   * select expressions, `c.title` or `ARRAY_SLICE(c.history, -1) AS history`): a read over
   * many records that needs a few fields of each leaves the rest in the store.
   */
  async function select<T>(tenantId: string, fields: readonly string[], where: string, parameters: SqlParameter[]): Promise<Stored<T>[]> {
    const { resources } = await container.items
      .query<Doc & Record<string, unknown>>(
        {
          query: `SELECT c.key, c.tenantId, c._etag, c.createdAt, c.createdBy, c.updatedAt, c.updatedBy, ${fields.join(", ")} FROM c WHERE c.tenantId = @tenantId AND ${where}`,
          parameters: [{ name: "@tenantId", value: tenantId }, ...parameters],
        },
        { partitionKey: tenantId, maxItemCount: 5000 },
      )
      .fetchAll();
    return resources
      .filter((d) => d.tenantId === tenantId)
      .map((d) => {
        const { key, tenantId: _t, _etag, ...rest } = d;
        return { ...rest, id: key, etag: _etag ?? "" } as unknown as Stored<T>;
      });
  }

  /**
   * A query returning, for each record, its metadata and the object a hook keeps in
   * `field` (a listing's copy of the record's light fields): a listing that does not need a
   * record's heavy parts (a document's versions) neither reads nor sends them, and one object
   * costs the query engine far less than the same fields one by one.
   */
  async function queryProjection<T>(tenantId: string, field: string, where: string, parameters: SqlParameter[]): Promise<Stored<T>[]> {
    const rows = await select<Record<string, unknown>>(tenantId, [`c.${field}`], where, parameters);
    return rows.map(({ [field]: light, ...meta }) => ({ ...(light as object), ...meta }) as unknown as Stored<T>);
  }

  async function readDoc<D extends Doc = Doc>(tenantId: string, id: string): Promise<D | null> {
    const { resource } = await container.item(id, tenantId).read<D>();
    return resource && resource.tenantId === tenantId ? resource : null;
  }

  async function pointRead<T>(tenantId: string, type: string, key: string): Promise<Stored<T> | null> {
    const doc = await readDoc(tenantId, docId(type, key));
    return doc && !doc.deleted ? fromDoc<T>(doc) : null;
  }

  function auditOp(
    tenantId: string,
    type: string,
    key: string,
    info: AuditInfo,
    at: string,
    before: unknown,
    after: unknown,
  ): OperationInput {
    const id = randomUUID();
    return {
      operationType: "Create",
      resourceBody: {
        id: docId("audit", id),
        key: id,
        tenantId,
        type: "audit",
        deleted: false,
        at,
        userId: info.userId,
        action: info.action,
        objectType: type,
        objectId: key,
        before: before as JSONValue,
        after: after as JSONValue,
      },
    };
  }

  /**
   * Runs `ops` as one transactional batch and returns the document written by
   * `ops[primary]`. The operation that failed decides the outcome (on Cosmos DB the others
   * answer 424): the primary's failure is the caller's conflict; a companion's means a
   * concurrent write to a document the caller did not edit (`Contended`: try again).
   *
   * Order matters on the stand-in, whose batch is not atomic but stops at the first
   * failure: callers put the operation most likely to fail first.
   */
  async function writeBatch(tenantId: string, ops: OperationInput[], primary: number): Promise<Doc> {
    const response = await container.items.batch(ops, tenantId);
    const results = response.result ?? [];
    const failed = results.findIndex((r) => r.statusCode >= 400 && r.statusCode !== 424);
    if (failed === -1 && results.length === ops.length) return results[primary]?.resourceBody as Doc;
    const status = results[failed]?.statusCode ?? response.code ?? 500;
    if (status === 429) throw Object.assign(new Error("throttled"), { code: 429, retryAfterInMs: 1000 });
    if (failed === primary && status === 412) throw new DomainError("precondition_failed", staleMessage);
    if (failed === primary && status === 409) throw new DomainError("conflict", "This already exists.");
    if (failed !== primary && (status === 412 || status === 409)) throw new Contended();
    throw new Error(`Cosmos batch failed at operation ${failed} with status ${status}`);
  }

  /** Retries a write whose companion document was changed concurrently. */
  async function withRetry<T>(write: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await write();
      } catch (error) {
        if (!(error instanceof Contended)) throw error;
        if (attempt >= 5) throw new DomainError("service_unavailable", "Too many changes at once. Try again.", { retryAfterSeconds: 1 });
      }
    }
  }

  const companions = (tenantId: string, type: string, data: object, deleted: boolean, at: string) =>
    hooks.companions ? hooks.companions(tenantId, type, data, deleted, at) : Promise.resolve([]);

  return {
    fromDoc,
    query,
    queryProjection,
    select,
    readDoc,
    pointRead,

    /**
     * Creates a record with its companions and audit record. With `reviveDeleted`, an id held
     * by a soft-deleted record is taken again: the old document is replaced, only if it is still
     * as read, so of two such creates at once one wins and the other is a conflict.
     */
    create<T extends { readonly id: string }>(
      tenantId: string,
      type: string,
      data: T,
      info: AuditInfo,
      options: { readonly reviveDeleted?: boolean } = {},
    ): Promise<Stored<T>> {
      return withRetry(async () => {
        const at = clock.now().toISOString();
        const doc: Doc = {
          ...data,
          ...(await hooks.extraFields?.(tenantId, type, data, "create")),
          id: docId(type, data.id),
          key: data.id,
          tenantId,
          type,
          deleted: false,
          createdAt: at,
          createdBy: info.userId,
          updatedAt: at,
          updatedBy: info.userId,
        };
        const audit = auditOp(tenantId, type, data.id, info, at, null, data);
        try {
          // Companions first: they may be contended; the new record is not, unless its id is a natural key.
          const before = await companions(tenantId, type, data, false, at);
          return fromDoc<T>(await writeBatch(tenantId, [...before, { operationType: "Create", resourceBody: doc }, audit], before.length));
        } catch (error) {
          // A companion was contended by a create of the same id (two identical grants at once): that one won.
          if (error instanceof Contended && (await readDoc(tenantId, doc.id))?.deleted === false) {
            throw new DomainError("conflict", "This already exists.");
          }
          if (!(options.reviveDeleted && error instanceof DomainError && error.code === "conflict")) throw error;
          const existing = await readDoc(tenantId, doc.id);
          if (!existing?.deleted || !existing._etag) throw error;
          const revived = await writeBatch(
            tenantId,
            [
              { operationType: "Replace", id: doc.id, partitionKey: tenantId, resourceBody: doc, ifMatch: existing._etag },
              ...(await companions(tenantId, type, data, false, at)),
              audit,
            ],
            0,
          );
          return fromDoc<T>(revived);
        }
      });
    },

    /** Replaces `current` (as the caller read it) if `etag` is still its version; `deleted: true` soft-deletes. */
    replace<T extends { readonly id: string }>(
      tenantId: string,
      type: string,
      current: Stored<T>,
      data: T & { readonly deleted?: boolean },
      etag: string,
      info: AuditInfo,
    ): Promise<Stored<T>> {
      if (current.etag !== etag) throw new DomainError("precondition_failed", staleMessage);
      return withRetry(async () => {
        const at = clock.now().toISOString();
        const { deleted, ...rest } = data;
        const doc: Doc = {
          ...rest,
          ...(await hooks.extraFields?.(tenantId, type, rest, "replace")),
          id: docId(type, data.id),
          key: data.id,
          tenantId,
          type,
          deleted: deleted === true,
          createdAt: current.createdAt,
          createdBy: current.createdBy,
          updatedAt: at,
          updatedBy: info.userId,
        };
        const { etag: _e, createdAt: _c, createdBy: _cb, updatedAt: _u, updatedBy: _ub, deleted: _d, ...beforeData } = current;
        // The caller's own precondition first: a stale edit must stop before anything is written.
        const written = await writeBatch(
          tenantId,
          [
            { operationType: "Replace", id: doc.id, partitionKey: tenantId, resourceBody: doc, ifMatch: etag },
            ...(await companions(tenantId, type, rest, deleted === true, at)),
            auditOp(tenantId, type, data.id, info, at, beforeData, deleted === true ? null : rest),
          ],
          0,
        );
        return fromDoc<T>(written);
      });
    },

    /** The audit trail of one record, newest first. */
    async listAudit(tenantId: string, objectType: string, objectId: string): Promise<AuditRecord[]> {
      const rows = await query<Record<string, unknown>>(
        tenantId,
        "c.type = 'audit' AND c.objectType = @objectType AND c.objectId = @objectId",
        [
          { name: "@objectType", value: objectType },
          { name: "@objectId", value: objectId },
        ],
        " ORDER BY c.at DESC",
      );
      return rows.map(({ etag: _e, deleted: _d, ...r }) => r as unknown as AuditRecord);
    },
  };
}

export type RecordStore = ReturnType<typeof createRecordStore>;
