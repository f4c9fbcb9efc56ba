import { AuditList, AuditQuery } from "@kvalitetskedjan/domain";
import { defineRoute } from "../routes.js";

export default defineRoute({
  name: "audit-list",
  method: "GET",
  route: "audit",
  summary: "The audit trail of one record, newest first. Municipality administrators.",
  tag: "Directory",
  auth: "user",
  query: AuditQuery,
  response: AuditList,
  async handle({ principal, tenant }, { query, services }) {
    return { body: await services.audit.trail(principal, tenant, query.objectType, query.objectId) };
  },
});
