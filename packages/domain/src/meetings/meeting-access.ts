import { isMember, type Principal } from "../shared/principal.js";
import { holdsRole } from "../shared/roles.js";

/** Who keeps a body's meetings: its secretaries, its chair and its administrators. */
export const plansMeetings = (p: Principal, bodyPath: readonly string[]): boolean =>
  isMember(p) && holdsRole(p.assignments, ["secretary", "chair", "administrator"], bodyPath);

/**
 * What the caller may do with one meeting: plan it and its agenda (the body's secretaries,
 * chair and administrators); record its decisions (those, and the meeting's own secretary);
 * adjust its minutes (those, and its adjusters).
 */
export function meetingRoles(
  p: Principal,
  meeting: {
    readonly bodyPath: readonly string[];
    readonly secretaryPersonId: string;
    readonly adjusters: readonly { readonly id: string }[];
  },
) {
  if (!isMember(p)) return { plan: false, record: false, adjust: false };
  const plan = plansMeetings(p, meeting.bodyPath);
  const own = p.person?.id;
  const record = plan || (own !== undefined && own === meeting.secretaryPersonId);
  return { plan, record, adjust: record || (own !== undefined && meeting.adjusters.some((a) => a.id === own)) };
}
