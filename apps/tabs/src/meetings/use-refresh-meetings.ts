import { meetingGetRoute, meetingProposalGetRoute, meetingsListRoute, myItemsGetRoute } from "@kvalitetskedjan/domain";
import { useInvalidate } from "../shared/api/queries.js";

/** After a change to a meeting: the list, the meeting, its proposal and My items read again. */
export function useRefreshMeetings() {
  const invalidate = useInvalidate();
  return () => void invalidate(meetingsListRoute, meetingGetRoute, meetingProposalGetRoute, myItemsGetRoute);
}
