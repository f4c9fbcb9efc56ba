import { CreateRsaMeasureBody, RsaMeasure, rsaMeasureCreateRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...rsaMeasureCreateRoute,
  summary: "Adds a measure to an RSA: what, owner, due date.",
  tag: "Internal control",
  auth: "user",
  body: CreateRsaMeasureBody,
  response: RsaMeasure,
  successStatus: 201,
  async handle({ principal }, { body, services }) {
    const measure = await services.rsa.createMeasure(principal, body);
    return { body: measure, etag: measure.etag };
  },
});
