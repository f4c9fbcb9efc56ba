import {
  AuditList,
  auditListRoute,
  auditQuery,
  dialogueObjectTypes,
  directoryObjectTypes,
  documentObjectTypes,
  followUpObjectTypes,
  goalObjectTypes,
  internalControlObjectTypes,
  meetingObjectTypes,
  reportObjectTypes,
} from "@kvalitetskedjan/domain";
import { defineRoute } from "./routes.js";

/** The object types of every store that keeps an audit trail (the same stores `composition.ts` gives the audit service). */
const AuditQuery = auditQuery([
  ...directoryObjectTypes,
  ...goalObjectTypes,
  ...reportObjectTypes,
  ...followUpObjectTypes,
  ...documentObjectTypes,
  ...internalControlObjectTypes,
  ...dialogueObjectTypes,
  ...meetingObjectTypes,
]);

export default defineRoute({
  ...auditListRoute,
  summary: "The audit trail of one record, newest first. Municipality administrators.",
  tag: "Directory",
  auth: "user",
  query: AuditQuery,
  response: AuditList,
  async handle({ principal, tenant }, { query, services }) {
    return { body: await services.audit.trail(principal, tenant.rootOrgUnitId, query.objectType, query.objectId) };
  },
});
