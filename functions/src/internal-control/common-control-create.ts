import { CommonControlResult, CreateCommonControlBody, commonControlCreateRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...commonControlCreateRoute,
  summary:
    "The executive board's common control: added to the plan of the board and of every committee and company at once, by the board's decision (an amendment where a plan is adopted).",
  tag: "Internal control",
  auth: "user",
  body: CreateCommonControlBody,
  response: CommonControlResult,
  successStatus: 201,
  async handle({ principal }, { body, services }) {
    const result = await services.controlPlans.createCommonControl(principal, body);
    return { body: result };
  },
});
