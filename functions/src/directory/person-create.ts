import { CreatePersonBody, Person, personCreateRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...personCreateRoute,
  summary: "Adds a person (Entra object id, name, mail). Municipality administrators.",
  tag: "Directory",
  auth: "user",
  body: CreatePersonBody,
  response: Person,
  successStatus: 201,
  async handle({ principal, tenant }, { body, services }) {
    const person = await services.directory.createPerson(principal, tenant, body);
    return { body: person, etag: person.etag };
  },
});
