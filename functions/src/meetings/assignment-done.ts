import { AssignmentDoneBody, assignmentDoneRoute, KeyParams } from "@kvalitetskedjan/domain";
import { z } from "zod";
import { defineRoute } from "../platform/routes.js";

export default defineRoute({
  ...assignmentDoneRoute,
  summary: "Marks an assignment a meeting gave as done, with a note: its owner, or whoever keeps the body's meetings. Requires If-Match.",
  tag: "Meetings",
  auth: "user",
  params: KeyParams,
  body: AssignmentDoneBody,
  requiresIfMatch: true,
  response: z.strictObject({
    id: z.string(),
    etag: z.string(),
    done: z.strictObject({ on: z.string(), by: z.string(), note: z.string() }).nullable(),
  }),
  async handle({ principal }, { params, body, ifMatch, services }) {
    const done = await services.meetingDecisions.completeAssignment(principal, params.id, body, ifMatch);
    return { body: done, etag: done.etag };
  },
});
