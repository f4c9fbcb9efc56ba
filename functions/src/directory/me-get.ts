import { Me, meGetRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...meGetRoute,
  summary: "The signed-in person, their municipality and where they hold which role.",
  tag: "Directory",
  auth: "user",
  response: Me,
  async handle({ principal, tenant }, { services }) {
    return { body: await services.directory.getMe(principal, tenant) };
  },
});
