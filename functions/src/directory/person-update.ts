import { Person, UpdatePersonBody } from "@kvalitetskedjan/domain";
import { GuidParams } from "../platform/params.js";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  name: "person-update",
  method: "PATCH",
  route: "people/{id}",
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
