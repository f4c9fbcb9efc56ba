import { randomUUID } from "node:crypto";
import type { Container, JSONObject, OperationInput, SqlParameter } from "@azure/cosmos";
import {
  type Clock,
  type DirectoryRepository,
  DomainError,
  type OrgUnitData,
  type Page,
  type RecordTypes,
  type RoleAssignmentData,
  type Stored,
} from "@kvalitetskedjan/domain";
import { decodeContinuation, encodeContinuation } from "../platform/cosmos/continuation.js";
import { createRecordStore, type Doc, docId, notDeleted } from "../platform/cosmos/cosmos-records.js";

/** On person documents: the person's live role assignments, kept in step by every grant and revoke. */
interface RoleRef {
  readonly id: string;
  readonly role: RoleAssignmentData["role"];
  readonly scopeId: string;
  readonly scopePath: readonly string[];
}

type PersonDoc = Doc & { roles?: RoleRef[] };
type OrgVersionDoc = Doc & { version?: string };

const orgVersionId = docId("orgVersion", "current");
const toRef = (a: RoleAssignmentData): RoleRef => ({ id: a.id, role: a.role, scopeId: a.scopeId, scopePath: [...a.scopePath] });

/**
 * The directory (organisation, people, role assignments) in one container partitioned by
 * `/tenantId`, on the generic record store.
 *
 * Two reads happen on every request and are kept to point reads:
 * - the caller's principal: each person document carries its live role assignments,
 *   updated in the same batch as the grant or revoke;
 * - the organisation tree: cached per instance and checked against an `orgVersion`
 *   document that every change to a unit rewrites in its batch. A read that only shows
 *   (`forDisplay`) skips the check when this instance made it within the time it accepts;
 *   a change on this instance drops the copy at once.
 */
export function createCosmosDirectoryRepository(container: Container, clock: Clock): DirectoryRepository {
  const orgCache = new Map<string, { version: string; units: Stored<OrgUnitData>[]; checkedAt: number }>();

  /** The batch operation that rewrites a person's role references with `change` applied. */
  async function personRolesOp(tenantId: string, personId: string, change: (roles: RoleRef[]) => RoleRef[]): Promise<OperationInput> {
    const person = await store.readDoc<PersonDoc>(tenantId, docId("person", personId));
    if (!person || person.deleted) {
      throw new DomainError("validation_failed", "The person is not in this municipality's directory.", {
        details: [{ path: "body.personId", reason: "unknown_person" }],
      });
    }
    const { _rid, _self, _ts, _attachments, _etag, ...body } = person as PersonDoc & Record<string, unknown>;
    return {
      operationType: "Replace",
      id: person.id,
      partitionKey: tenantId,
      ifMatch: _etag ?? "",
      resourceBody: { ...body, roles: change(person.roles ?? []) } as unknown as JSONObject,
    };
  }

  const store = createRecordStore(container, clock, {
    hiddenFields: ["nameLower", "roles"],
    async extraFields(tenantId, type, data, phase) {
      if (type !== "person") return {};
      const name = "name" in data && typeof data.name === "string" ? data.name.toLowerCase() : "";
      // A person's role references are not the caller's to edit: carry them over as stored.
      const roles =
        phase === "create" ? [] : ((await store.readDoc<PersonDoc>(tenantId, docId("person", (data as { id: string }).id)))?.roles ?? []);
      return { nameLower: name, roles };
    },
    async companions(tenantId, type, data, deleted, at) {
      if (type === "orgUnit") {
        // The org version rewritten, so every instance's cached tree is known to be stale.
        return [
          {
            operationType: "Upsert",
            partitionKey: tenantId,
            resourceBody: {
              id: orgVersionId,
              key: "current",
              tenantId,
              type: "orgVersion",
              deleted: false,
              version: randomUUID(),
              updatedAt: at,
            },
          },
        ];
      }
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
    },
  });

  const repository: DirectoryRepository = {
    async loadPrincipal(tenantId, userId) {
      const doc = await store.readDoc<PersonDoc>(tenantId, docId("person", userId));
      if (!doc || doc.deleted) return { person: null, assignments: [] };
      const person = store.fromDoc<RecordTypes["person"]>(doc);
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
    async listOrgUnits(tenantId, freshness) {
      const cached = orgCache.get(tenantId);
      if (cached && freshness && performance.now() - cached.checkedAt <= freshness.acceptAgeMs) return cached.units;
      const checkedAt = performance.now();
      const version = (await store.readDoc<OrgVersionDoc>(tenantId, orgVersionId))?.version ?? "none";
      if (cached && cached.version === version) {
        cached.checkedAt = checkedAt;
        return cached.units;
      }
      const units = await store.query<OrgUnitData>(tenantId, `c.type = 'orgUnit' AND ${notDeleted}`, []);
      if (orgCache.size > 500) orgCache.clear();
      orgCache.set(tenantId, { version, units, checkedAt });
      return units;
    },
    async findOrgUnits(tenantId, ids) {
      const wanted = new Set(ids);
      return (await repository.listOrgUnits(tenantId)).filter((u) => wanted.has(u.id));
    },
    findOrgUnit: (tenantId, id) => store.pointRead(tenantId, "orgUnit", id),
    findPerson: (tenantId, id) => store.pointRead(tenantId, "person", id),
    findNotificationSettings: (tenantId) => store.pointRead(tenantId, "notificationSettings", "current"),
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
        items: page.resources.filter((d) => d.tenantId === tenantId).map((d) => store.fromDoc<RecordTypes["person"]>(d)),
        continuationToken: encodeContinuation(tenantId, listing, page.continuationToken),
      };
    },
    findRoleAssignment: (tenantId, id) => store.pointRead(tenantId, "roleAssignment", id),
    listRoleAssignments(tenantId, { scopeId, personId, scopeIds }) {
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
      if (scopeIds !== undefined) {
        where += " AND ARRAY_CONTAINS(@scopeIds, c.scopeId)";
        parameters.push({ name: "@scopeIds", value: [...scopeIds] });
      }
      return store.query(tenantId, where, parameters);
    },
    listAudit: (tenantId, objectType, objectId) => store.listAudit(tenantId, objectType, objectId),
    async create(tenantId, type, data, info, options) {
      const created = await store.create(tenantId, type, data, info, options);
      if (type === "orgUnit") orgCache.delete(tenantId);
      return created;
    },
    async replace(tenantId, type, current, data, etag, info) {
      const replaced = await store.replace(tenantId, type, current, data, etag, info);
      if (type === "orgUnit") orgCache.delete(tenantId);
      return replaced;
    },
  };
  return repository;
}
