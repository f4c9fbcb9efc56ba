import { randomUUID } from "node:crypto";
import type { Container, ItemDefinition, JSONValue, OperationInput, SqlParameter } from "@azure/cosmos";
import {
  type AuditInfo,
  type AuditRecord,
  type Clock,
  type DirectoryRepository,
  DomainError,
  type Page,
  type RecordType,
  type RecordTypes,
  type Stored,
} from "@kvalitetskedjan/domain";

/** Shape in Cosmos: the record's data, keyed `type:key`, beside tenant, type and metadata. */
interface Doc extends ItemDefinition {
  id: string;
  key: string;
  tenantId: string;
  type: RecordType | "audit";
  deleted: boolean;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  nameLower?: string;
  _etag?: string;
}

const docId = (type: string, key: string) => `${type}:${key}`;

function fromDoc<T>(doc: Doc): Stored<T> {
  const {
    id: _id,
    key,
    tenantId: _t,
    type: _type,
    nameLower: _n,
    _etag,
    _rid,
    _self,
    _ts,
    _attachments,
    ...rest
  } = doc as Doc & Record<string, unknown>;
  return { ...rest, id: key, etag: _etag ?? "" } as unknown as Stored<T>;
}

const notDeleted = "c.deleted = false";

/**
 * Our continuation tokens wrap Cosmos's in an envelope naming the tenant and the listing,
 * so a token that is garbage, or was issued for another tenant or listing, is refused
 * the same way on real Cosmos DB and on the stand-in.
 */
const encodeContinuation = (tenantId: string, listing: string, token: string | undefined): string | null =>
  token ? Buffer.from(JSON.stringify({ t: tenantId, l: listing, c: token })).toString("base64url") : null;

function decodeContinuation(tenantId: string, listing: string, token: string | undefined): string | undefined {
  if (token === undefined) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as { t?: unknown; l?: unknown; c?: unknown };
    if (parsed.t === tenantId && parsed.l === listing && typeof parsed.c === "string") return parsed.c;
  } catch {
    // fall through to the coded error below
  }
  throw new DomainError("validation_failed", "The continuation token is not valid.", {
    details: [{ path: "query.continuationToken", reason: "invalid_continuation_token" }],
  });
}

/**
 * The directory in one Cosmos container partitioned by `/tenantId`. Every query names
 * `c.tenantId = @tenantId` in its text and sets the partition key; every write goes in
 * a transactional batch with its audit record (atomic on Cosmos DB).
 */
export function createCosmosDirectoryRepository(container: Container, clock: Clock): DirectoryRepository {
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

  async function pointRead<T>(tenantId: string, type: RecordType, key: string): Promise<Stored<T> | null> {
    const { resource } = await container.item(docId(type, key), tenantId).read<Doc>();
    if (!resource || resource.tenantId !== tenantId || resource.deleted) return null;
    return fromDoc<T>(resource);
  }

  function auditOp(
    tenantId: string,
    type: RecordType,
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

  async function writeWithAudit(tenantId: string, change: OperationInput, audit: OperationInput): Promise<Doc> {
    const response = await container.items.batch([change, audit], tenantId);
    const results = response.result ?? [];
    const first = results[0];
    const status = first?.statusCode ?? response.code ?? 500;
    if (status === 412) throw new DomainError("precondition_failed", "Someone else changed this first. Reload and try again.");
    if (status === 409) throw new DomainError("conflict", "This already exists.");
    if (status === 429) throw Object.assign(new Error("throttled"), { code: 429, retryAfterInMs: 1000 });
    if (status >= 400 || !first?.resourceBody) throw new Error(`Cosmos batch failed with status ${status}`);
    const auditStatus = results[1]?.statusCode ?? 500;
    if (auditStatus >= 400) throw new Error(`Cosmos batch wrote the change but not its audit record (${auditStatus})`);
    return first.resourceBody as Doc;
  }

  const searchable = (type: RecordType, data: object) =>
    type === "person" && "name" in data && typeof data.name === "string" ? { nameLower: data.name.toLowerCase() } : {};

  return {
    async loadPrincipal(tenantId, userId) {
      const rows = await query<Record<string, unknown>>(
        tenantId,
        `${notDeleted} AND ((c.type = 'person' AND c.key = @userId) OR (c.type = 'roleAssignment' AND c.personId = @userId))`,
        [{ name: "@userId", value: userId }],
      );
      const person = rows.find((r) => !("role" in r)) ?? null;
      const assignments = rows.filter((r) => "role" in r);
      return { person, assignments } as unknown as Awaited<ReturnType<DirectoryRepository["loadPrincipal"]>>;
    },
    listOrgUnits: (tenantId) => query(tenantId, `c.type = 'orgUnit' AND ${notDeleted}`, []),
    findOrgUnits: (tenantId, ids) =>
      query(tenantId, `c.type = 'orgUnit' AND ${notDeleted} AND ARRAY_CONTAINS(@ids, c.key)`, [{ name: "@ids", value: [...ids] }]),
    findOrgUnit: (tenantId, id) => pointRead(tenantId, "orgUnit", id),
    findPerson: (tenantId, id) => pointRead(tenantId, "person", id),
    async listPeople(tenantId, { q, limit, continuationToken }): Promise<Page<Stored<RecordTypes["person"]>>> {
      const parameters: SqlParameter[] = [{ name: "@tenantId", value: tenantId }];
      let where = `c.tenantId = @tenantId AND c.type = 'person' AND ${notDeleted}`;
      if (q) {
        where += " AND CONTAINS(c.nameLower, @q)";
        parameters.push({ name: "@q", value: q.toLowerCase() });
      }
      const listing = `people:${q ?? ""}`;
      const cosmosToken = decodeContinuation(tenantId, listing, continuationToken);
      const iterator = container.items.query<Doc>(
        { query: `SELECT * FROM c WHERE ${where} ORDER BY c.nameLower`, parameters },
        { partitionKey: tenantId, maxItemCount: limit, ...(cosmosToken ? { continuationToken: cosmosToken } : {}) },
      );
      const page = await iterator.fetchNext();
      return {
        items: page.resources.filter((d) => d.tenantId === tenantId).map((d) => fromDoc<RecordTypes["person"]>(d)),
        continuationToken: encodeContinuation(tenantId, listing, page.continuationToken),
      };
    },
    findRoleAssignment: (tenantId, id) => pointRead(tenantId, "roleAssignment", id),
    listRoleAssignments(tenantId, { scopeId, personId }) {
      let where = `c.type = 'roleAssignment' AND ${notDeleted}`;
      const parameters: SqlParameter[] = [];
      if (scopeId !== undefined) {
        where += " AND c.scopeId = @scopeId";
        parameters.push({ name: "@scopeId", value: scopeId });
      }
      if (personId !== undefined) {
        where += " AND c.personId = @personId";
        parameters.push({ name: "@personId", value: personId });
      }
      return query(tenantId, where, parameters);
    },
    async listAudit(tenantId, objectType, objectId): Promise<AuditRecord[]> {
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
    async create(tenantId, type, data, info) {
      const at = clock.now().toISOString();
      const doc: Doc = {
        ...data,
        ...searchable(type, data),
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
      const written = await writeWithAudit(
        tenantId,
        { operationType: "Create", resourceBody: doc },
        auditOp(tenantId, type, data.id, info, at, null, data),
      );
      return fromDoc(written);
    },
    async replace(tenantId, type, current, data, etag, info) {
      if (current.etag !== etag) {
        throw new DomainError("precondition_failed", "Someone else changed this first. Reload and try again.");
      }
      const at = clock.now().toISOString();
      const { deleted, ...rest } = data as typeof data & { deleted?: boolean };
      const doc: Doc = {
        ...rest,
        ...searchable(type, rest),
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
      const written = await writeWithAudit(
        tenantId,
        { operationType: "Replace", id: doc.id, partitionKey: tenantId, resourceBody: doc, ifMatch: etag },
        auditOp(tenantId, type, data.id, info, at, beforeData, deleted === true ? null : rest),
      );
      return fromDoc(written);
    },
  };
}
