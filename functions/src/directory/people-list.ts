import { ListPeopleQuery, PeoplePage, peopleListRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...peopleListRoute,
  summary: "People of the municipality, by name, a page at a time.",
  tag: "Directory",
  auth: "user",
  query: ListPeopleQuery,
  response: PeoplePage,
  async handle({ principal }, { query, services }) {
    return { body: await services.directory.listPeople(principal, query) };
  },
});
