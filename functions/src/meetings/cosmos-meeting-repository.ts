import type { Container } from "@azure/cosmos";
import type { AssignmentData, Clock, MeetingData, MeetingRepository } from "@kvalitetskedjan/domain";
import { createRecordStore, notDeleted } from "../platform/cosmos/cosmos-records.js";

/**
 * Meetings in their own container, partitioned by tenant; every write audited in its batch.
 * A meeting holds its agenda and decisions (one document, so a decision and its item are one
 * write); a body's year of paragraphs is one book (its next § under the book's version); an
 * assignment is a record of its own, read by its owner and by the body's next agendas.
 */
export function createCosmosMeetingRepository(container: Container, clock: Clock): MeetingRepository {
  const store = createRecordStore(container, clock, { hiddenFields: [] });
  return {
    find: (tenantId, type, id) => store.pointRead(tenantId, type, id),
    listMeetings: (tenantId, { bodyId, year }) =>
      store.query<MeetingData>(
        tenantId,
        `c.type = 'meeting' AND ${notDeleted}${bodyId !== undefined ? " AND c.bodyId = @bodyId" : ""}${year !== undefined ? " AND c.year = @year" : ""}`,
        [
          ...(bodyId !== undefined ? [{ name: "@bodyId", value: bodyId }] : []),
          ...(year !== undefined ? [{ name: "@year", value: year }] : []),
        ],
        " ORDER BY c.date",
      ),
    listOpenAssignments: (tenantId, { bodyId, ownerPersonId }) =>
      store.query<AssignmentData>(
        tenantId,
        `c.type = 'assignment' AND ${notDeleted} AND IS_NULL(c.done)${bodyId !== undefined ? " AND c.bodyId = @bodyId" : ""}${
          ownerPersonId !== undefined ? " AND c.ownerPersonId = @ownerPersonId" : ""
        }`,
        [
          ...(bodyId !== undefined ? [{ name: "@bodyId", value: bodyId }] : []),
          ...(ownerPersonId !== undefined ? [{ name: "@ownerPersonId", value: ownerPersonId }] : []),
        ],
        " ORDER BY c.dueOn",
      ),
    listAudit: (tenantId, objectType, objectId) => store.listAudit(tenantId, objectType, objectId),
    create: (tenantId, type, data, info) => store.create(tenantId, type, data, info),
    replace: (tenantId, type, current, data, etag, info) => store.replace(tenantId, type, current, data, etag, info),
  };
}
