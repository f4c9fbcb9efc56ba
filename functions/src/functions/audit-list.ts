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
    const { objectType, objectId } = query;
    const trail =
      objectType === "goalSettings" || objectType === "planYear" || objectType === "goal" || objectType === "indicator"
        ? await services.goals.auditTrail(principal, tenant, objectType, objectId)
        : await services.directory.auditTrail(principal, tenant, objectType, objectId);
    return { body: trail };
  },
});
