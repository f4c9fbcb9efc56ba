import { Control, CreateControlBody, controlCreateRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...controlCreateRoute,
  summary:
    "Adds a control (kontrollmoment) to a committee's plan: what is checked, how, scope, the responsible person, the reporting periods. Once the plan is adopted, only with `amendment`, the decision that amends it.",
  tag: "Internal control",
  auth: "user",
  body: CreateControlBody,
  response: Control,
  successStatus: 201,
  async handle({ principal }, { body, services }) {
    const control = await services.controlPlans.createControl(principal, body);
    return { body: control, etag: control.etag };
  },
});
