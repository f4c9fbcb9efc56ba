import type { Container } from "@azure/cosmos";
import {
  type Clock,
  type DocumentData,
  type DocumentLibrarySettingsData,
  type DocumentRepository,
  type DocumentSettingsData,
  type DocumentSummary,
  documentSummaryFields,
} from "@kvalitetskedjan/domain";
import { createRecordStore, docId, notDeleted } from "../platform/cosmos/cosmos-records.js";

/** The governing-document register in its own container, partitioned by tenant; every write audited in its batch. */
export function createCosmosDocumentRepository(container: Container, clock: Clock): DocumentRepository {
  // Every document keeps a copy of its light fields in `listing`, so the register and the
  // alert job read one small object per document, not its versions.
  const store = createRecordStore(container, clock, {
    hiddenFields: ["listing"],
    extraFields: (_tenantId, type, data) =>
      type === "document"
        ? { listing: Object.fromEntries(documentSummaryFields.map((f) => [f, (data as Record<string, unknown>)[f] ?? null])) }
        : {},
  });
  return {
    findSettings: (tenantId) => store.pointRead<DocumentSettingsData>(tenantId, "documentSettings", "current"),
    findLibrarySettings: (tenantId) => store.pointRead<DocumentLibrarySettingsData>(tenantId, "documentLibrary", "current"),
    listLibraryWork: (tenantId) =>
      store.query<DocumentData>(
        tenantId,
        `c.type = 'document' AND ${notDeleted} AND ((IS_DEFINED(c.pendingUpload) AND NOT IS_NULL(c.pendingUpload)) OR c.libraryColumnsStale = true)`,
        [],
      ),
    listSummaries: (tenantId) => store.queryProjection<DocumentSummary>(tenantId, "listing", `c.type = 'document' AND ${notDeleted}`, []),
    listDocuments: (tenantId) => store.query<DocumentData>(tenantId, `c.type = 'document' AND ${notDeleted}`, []),
    findOwnedBy: (tenantId, personId) =>
      store.queryProjection<DocumentSummary>(tenantId, "listing", `c.type = 'document' AND ${notDeleted} AND c.ownerPersonId = @personId`, [
        { name: "@personId", value: personId },
      ]),
    findDocument: (tenantId, id) => store.pointRead<DocumentData>(tenantId, "document", id),
    async findDocumentRecord(tenantId, id) {
      const doc = await store.readDoc(tenantId, docId("document", id));
      return doc ? { record: store.fromDoc<DocumentData>(doc), disposed: doc.deleted === true } : null;
    },
    findRelated: (tenantId, id, keys) =>
      store.queryProjection<DocumentSummary>(
        tenantId,
        "listing",
        `c.type = 'document' AND ${notDeleted} AND (c.parentId = @id OR ARRAY_CONTAINS(@keys, c.key))`,
        [
          { name: "@id", value: id },
          { name: "@keys", value: [...keys] },
        ],
      ),
    findSuccessors: (tenantId, id) =>
      store.query<DocumentData>(tenantId, `c.type = 'document' AND ${notDeleted} AND c.supersedesId = @id`, [{ name: "@id", value: id }]),
    listAudit: (tenantId, objectType, objectId) => store.listAudit(tenantId, objectType, objectId),
    create: (tenantId, type, data, info) => store.create(tenantId, type, data, info),
    replace: (tenantId, type, current, data, etag, info) => store.replace(tenantId, type, current, data, etag, info),
  };
}
