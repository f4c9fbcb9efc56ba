import { MyItems, myItemsGetRoute } from "@kvalitetskedjan/domain";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...myItemsGetRoute,
  summary:
    "What is due for the signed-in person (reports to write, approve or review, governing documents expired or due for revision, internal controls to report and actions to carry out, feedback to give to a dialogue's participants, assignments a committee's meeting gave), and their responsibilities.",
  tag: "Directory",
  auth: "user",
  response: MyItems,
  async handle({ principal }, { services }) {
    const [mine, reporting, documents, internalControl, dialogue, assignments] = await Promise.all([
      services.directory.getMyItems(principal),
      services.myReports.myItems(principal),
      services.register.myItems(principal),
      services.myInternalControl.myItems(principal),
      services.dialogueFeedback.myItems(principal),
      services.meetingDecisions.myItems(principal),
    ]);
    return { body: { ...mine, items: [...mine.items, ...reporting, ...documents, ...internalControl, ...dialogue, ...assignments] } };
  },
});
