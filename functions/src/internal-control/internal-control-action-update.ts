import { InternalControlAction, internalControlActionUpdateRoute, KeyParams, UpdateActionBody } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...internalControlActionUpdateRoute,
  summary: "Changes an action: its owner reports its status; internal-control coordinators may also re-plan it. Requires If-Match.",
  tag: "Internal control",
  auth: "user",
  params: KeyParams,
  body: UpdateActionBody,
  requiresIfMatch: true,
  response: InternalControlAction,
  async handle({ principal }, { params, body, ifMatch, services }) {
    const action = await services.controlReports.updateAction(principal, params.id, body, ifMatch);
    return { body: action, etag: action.etag };
  },
});
