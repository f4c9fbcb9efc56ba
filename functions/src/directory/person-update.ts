import { GuidParams, Person, personUpdateRoute, UpdatePersonBody } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...personUpdateRoute,
  summary: "Changes a person's name or mail, or (de)activates them. Requires If-Match.",
  tag: "Directory",
  auth: "user",
  params: GuidParams,
  body: UpdatePersonBody,
  requiresIfMatch: true,
  response: Person,
  async handle({ principal, tenant }, { params, body, ifMatch, services }) {
    const person = await services.directory.updatePerson(principal, tenant, params.id, body, ifMatch);
    return { body: person, etag: person.etag };
  },
});
