import { randomUUID } from "node:crypto";
import type { Container, ItemDefinition, JSONObject, JSONValue, OperationInput, SqlParameter } from "@azure/cosmos";
import {
  type AuditInfo,
  type AuditRecord,
  type Clock,
  type DirectoryRepository,
  DomainError,
  type OrgUnitData,
  type Page,
  type RecordType,
  type RecordTypes,
  type RoleAssignmentData,
  type Stored,
} from "@kvalitetskedjan/domain";

/** Shape in Cosmos: the record's data, keyed `type:key`, beside tenant, type and metadata. */
interface Doc extends ItemDefinition {
  id: string;
  key: string;
  tenantId: string;
  type: RecordType | "audit" | "orgVersion";
  deleted: boolean;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  nameLower?: string;
  /** On person documents: the person's live role assignments, kept in step by every grant and revoke. */
  roles?: RoleRef[];
  _etag?: string;
}

interface RoleRef {
  readonly id: string;
  readonly role: RoleAssignmentData["role"];
  readonly scopeId: string;
  readonly scopePath: readonly string[];
}

const docId = (type: string, key: string) => `${type}:${key}`;
const orgVersionId = docId("orgVersion", "current");
const notDeleted = "c.deleted = false";
const staleMessage = "Someone else changed this first. Reload and try again.";

function fromDoc<T>(doc: Doc): Stored<T> {
  const {
    id: _id,
    key,
    tenantId: _t,
    type: _type,
    nameLower: _n,
    roles: _r,
    _etag,
    _rid,
    _self,
    _ts,
    _attachments,
    ...rest
  } = doc as Doc & Record<string, unknown>;
  return { ...rest, id: key, etag: _etag ?? "" } as unknown as Stored<T>;
}

const toRef = (a: RoleAssignmentData): RoleRef => ({ id: a.id, role: a.role, scopeId: a.scopeId, scopePath: [...a.scopePath] });

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

/** A batch operation after the first failed because another write got there first: try again. */
class Contended extends Error {}

/**
 * The directory in one Cosmos container partitioned by `/tenantId`. Every query names
 * `c.tenantId = @tenantId` in its text and sets the partition key; every write goes in a
 * transactional batch with its audit record (atomic on Cosmos DB).
 *
 * Two reads happen on every request and are kept to point reads:
 * - the caller's principal: each person document carries its live role assignments,
 *   updated in the same batch as the grant or revoke;
 * - the organisation tree: cached per instance and checked against an `orgVersion`
 *   document that every change to a unit rewrites in its batch.
 */
export function createCosmosDirectoryRepository(container: Container, clock: Clock): DirectoryRepository {
  const orgCache = new Map<string, { version: string; units: Stored<OrgUnitData>[] }>();

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

  async function readDoc(tenantId: string, id: string): Promise<Doc | null> {
    const { resource } = await container.item(id, tenantId).read<Doc>();
    return resource && resource.tenantId === tenantId ? resource : null;
  }

  async function pointRead<T>(tenantId: string, type: RecordType, key: string): Promise<Stored<T> | null> {
    const doc = await readDoc(tenantId, docId(type, key));
    return doc && !doc.deleted ? fromDoc<T>(doc) : null;
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

  /** The org version rewritten, so every instance's cached tree is known to be stale. */
  const orgVersionOp = (tenantId: string, at: string): OperationInput => ({
    operationType: "Upsert",
    partitionKey: tenantId,
    resourceBody: { id: orgVersionId, key: "current", tenantId, type: "orgVersion", deleted: false, version: randomUUID(), updatedAt: at },
  });

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
        if (!(error instanceof Contended) || attempt >= 5) {
          if (error instanceof Contended)
            throw new DomainError("service_unavailable", "Too many changes at once. Try again.", { retryAfterSeconds: 1 });
          throw error;
        }
      }
    }
  }

  /** The batch operation that rewrites a person's role references with `change` applied. */
  async function personRolesOp(tenantId: string, personId: string, change: (roles: RoleRef[]) => RoleRef[]): Promise<OperationInput> {
    const person = await readDoc(tenantId, docId("person", personId));
    if (!person || person.deleted) {
      throw new DomainError("validation_failed", "The person is not in this municipality's directory.", {
        details: [{ path: "body.personId", reason: "unknown_person" }],
      });
    }
    const { _rid, _self, _ts, _attachments, _etag, ...body } = person as Doc & Record<string, unknown>;
    return {
      operationType: "Replace",
      id: person.id,
      partitionKey: tenantId,
      ifMatch: _etag ?? "",
      resourceBody: { ...body, roles: change(person.roles ?? []) } as unknown as JSONObject,
    };
  }

  const searchable = (type: RecordType, data: object) =>
    type === "person" && "name" in data && typeof data.name === "string" ? { nameLower: data.name.toLowerCase() } : {};

  async function companions(tenantId: string, type: RecordType, data: object, deleted: boolean, at: string): Promise<OperationInput[]> {
    if (type === "orgUnit") return [orgVersionOp(tenantId, at)];
    if (type === "roleAssignment") {
      const a = data as RoleAssignmentData;
      return [
        await personRolesOp(tenantId, a.personId, (roles) => {
          const others = roles.filter((r) => r.id !== a.id);
          return deleted ? others : [...others, toRef(a)];
        }),
      ];
    }
    return [];
  }

  const repository: DirectoryRepository = {
    async loadPrincipal(tenantId, userId) {
      const doc = await readDoc(tenantId, docId("person", userId));
      if (!doc || doc.deleted) return { person: null, assignments: [] };
      const person = fromDoc<RecordTypes["person"]>(doc);
      const assignments = (doc.roles ?? []).map((r) => ({
        ...r,
        scopePath: [...r.scopePath],
        personId: person.id,
        personName: person.name,
        etag: "",
        createdAt: "",
        createdBy: "",
        updatedAt: "",
        updatedBy: "",
      }));
      return { person, assignments };
    },
    async listOrgUnits(tenantId) {
      const versionDoc = (await readDoc(tenantId, orgVersionId)) as (Doc & { version?: string }) | null;
      const version = versionDoc?.version ?? "none";
      const cached = orgCache.get(tenantId);
      if (cached && cached.version === version) return cached.units;
      const units = await query<OrgUnitData>(tenantId, `c.type = 'orgUnit' AND ${notDeleted}`, []);
      if (orgCache.size > 500) orgCache.clear();
      orgCache.set(tenantId, { version, units });
      return units;
    },
    async findOrgUnits(tenantId, ids) {
      const wanted = new Set(ids);
      return (await repository.listOrgUnits(tenantId)).filter((u) => wanted.has(u.id));
    },
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
      const page = await container.items
        .query<Doc>(
          { query: `SELECT * FROM c WHERE ${where} ORDER BY c.nameLower`, parameters },
          { partitionKey: tenantId, maxItemCount: limit, ...(cosmosToken ? { continuationToken: cosmosToken } : {}) },
        )
        .fetchNext();
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
    create(tenantId, type, data, info) {
      return withRetry(async () => {
        const at = clock.now().toISOString();
        const doc: Doc = {
          ...data,
          ...searchable(type, data),
          ...(type === "person" ? { roles: [] } : {}),
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
        // Companions first: the person's role list may be contended; the new record is not.
        const before = await companions(tenantId, type, data, false, at);
        const written = await writeBatch(
          tenantId,
          [...before, { operationType: "Create", resourceBody: doc }, auditOp(tenantId, type, data.id, info, at, null, data)],
          before.length,
        );
        return fromDoc(written);
      });
    },
    replace(tenantId, type, current, data, etag, info) {
      if (current.etag !== etag) throw new DomainError("precondition_failed", staleMessage);
      return withRetry(async () => {
        const at = clock.now().toISOString();
        const { deleted, ...rest } = data as typeof data & { deleted?: boolean };
        // A person's role references are not the caller's to edit: carry them over as stored.
        const roles = type === "person" ? { roles: ((await readDoc(tenantId, docId(type, data.id)))?.roles ?? []) as RoleRef[] } : {};
        const doc: Doc = {
          ...rest,
          ...searchable(type, rest),
          ...roles,
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
        return fromDoc(written);
      });
    },
  };
  return repository;
}
