import { CreateActionBody, InternalControlAction, internalControlActionCreateRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...internalControlActionCreateRoute,
  summary: "An action a reported deviation produced: what, owner, due date.",
  tag: "Internal control",
  auth: "user",
  body: CreateActionBody,
  response: InternalControlAction,
  successStatus: 201,
  async handle({ principal }, { body, services }) {
    const action = await services.controlReports.createAction(principal, body);
    return { body: action, etag: action.etag };
  },
});
