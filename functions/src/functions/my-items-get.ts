import { MyItems } from "@kvalitetskedjan/domain";
import { defineRoute } from "../routes.js";

export default defineRoute({
  name: "my-items-get",
  method: "GET",
  route: "me/items",
  summary: "What is due for the signed-in person, and their responsibilities.",
  tag: "Directory",
  auth: "user",
  response: MyItems,
  async handle({ principal }, { services }) {
    return { body: await services.directory.getMyItems(principal) };
  },
});
