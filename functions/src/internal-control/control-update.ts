import { Control, controlUpdateRoute, KeyParams, UpdateControlBody } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...controlUpdateRoute,
  summary: "Changes a control; in an adopted plan only with `amendment`, the decision that amends it. Requires If-Match.",
  tag: "Internal control",
  auth: "user",
  params: KeyParams,
  body: UpdateControlBody,
  requiresIfMatch: true,
  response: Control,
  async handle({ principal }, { params, body, ifMatch, services }) {
    const control = await services.controlPlans.updateControl(principal, params.id, body, ifMatch);
    return { body: control, etag: control.etag };
  },
});
