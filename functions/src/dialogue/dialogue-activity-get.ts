import { ActivityDetail, dialogueActivityGetRoute, KeyParams } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...dialogueActivityGetRoute,
  summary:
    "One activity with its overlaps and its results as published: every breakdown cell of fewer than 5 shown as such, with a complementary cell hidden so none can be worked out. Those who record the results also get them as entered, for the form.",
  tag: "Dialogue",
  auth: "user",
  params: KeyParams,
  response: ActivityDetail,
  async handle({ principal }, { params, services }) {
    return { body: await services.dialogueResults.getActivity(principal, params.id) };
  },
});
