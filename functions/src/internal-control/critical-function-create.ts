import { CreateCriticalFunctionBody, CriticalFunction, criticalFunctionCreateRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...criticalFunctionCreateRoute,
  summary:
    "Adds a critical function (samhällsviktig verksamhet) to a department's or company's RSA: what it depends on, the tolerable outage, the capability and its continuity plan (a governing document).",
  tag: "Internal control",
  auth: "user",
  body: CreateCriticalFunctionBody,
  response: CriticalFunction,
  successStatus: 201,
  async handle({ principal }, { body, services }) {
    const fn = await services.rsa.createFunction(principal, body);
    return { body: fn, etag: fn.etag };
  },
});
