import { DomainError, forbidden, notFound, validationFailed } from "../shared/errors.js";
import { type Principal, requireMember } from "../shared/principal.js";
import { assertVersion, dataOf } from "../shared/records.js";
import type { Stored } from "../shared/store.js";
import type { CurrentItemBody, Meeting, TeamsBindingBody } from "./contracts.js";
import { meetingRoles } from "./meeting-access.js";
import { createMeetingContext, type MeetingDeps } from "./meeting-context.js";
import type { MeetingData } from "./meeting-repository.js";

/**
 * The meeting in session in Teams: the Teams meeting it is held in (bound when the tab is
 * added to that meeting, in the caller's own tenant only), and the item it is on, which the
 * secretary or chair moves and everyone's side panel follows.
 */
export function createMeetingSessionService(deps: MeetingDeps) {
  const { meetings, clock } = deps;
  const context = createMeetingContext(deps);

  /** Writes the meeting as the caller read it (`If-Match`, checked first): a move made on a stale view is 412, not lost. */
  async function update(p: Principal, m: Stored<MeetingData>, etag: string, action: string, data: MeetingData): Promise<Meeting> {
    const [saved, units] = await Promise.all([
      meetings.replace(p.tenantId, "meeting", m, data, etag, { userId: p.userId, action }),
      context.unitsOf(p.tenantId),
    ]);
    return context.dtoOf(p, saved, units);
  }

  return {
    async setCurrentItem(p: Principal, id: string, body: CurrentItemBody, etag: string): Promise<Meeting> {
      requireMember(p);
      const m = await context.meetingOrThrow(p.tenantId, id);
      if (!meetingRoles(p, m).record) throw forbidden("requires_secretary:meetings.current");
      assertVersion(m, etag);
      if (m.adjusted) {
        throw new DomainError("conflict", "The minutes are adjusted: the meeting is over.", {
          details: [{ path: "meeting", reason: "meeting_adjusted" }],
        });
      }
      if (!m.agenda.published || !m.agenda.items.some((x) => x.id === body.itemId)) {
        throw validationFailed(
          "item_not_on_published_agenda",
          "The meeting goes through the items of its published agenda.",
          "body.itemId",
        );
      }
      return update(p, m, etag, "meeting.current", { ...dataOf(m), currentItemId: body.itemId });
    },

    /** Binds the meeting to the Teams meeting the tab was added to; only one of the caller's own tenant. */
    async bindTeamsMeeting(p: Principal, id: string, body: TeamsBindingBody, etag: string): Promise<Meeting> {
      requireMember(p);
      const m = await context.meetingOrThrow(p.tenantId, id);
      if (!meetingRoles(p, m).plan) throw forbidden("requires_secretary:meetings.teams");
      assertVersion(m, etag);
      if (body.teamsTenantId.toLowerCase() !== p.tenantId.toLowerCase()) {
        throw validationFailed("teams_meeting_other_tenant", "The Teams meeting belongs to another organisation.", "body.teamsTenantId");
      }
      if (m.adjusted) {
        throw new DomainError("conflict", "The minutes are adjusted: the meeting is over.", {
          details: [{ path: "meeting", reason: "meeting_adjusted" }],
        });
      }
      const teams = {
        meetingId: body.teamsMeetingId,
        chatId: body.chatId ?? null,
        boundAt: clock.now().toISOString(),
        boundBy: p.person?.name ?? p.userId,
      };
      return update(p, m, etag, "meeting.teams", { ...dataOf(m), teams });
    },

    /** The meeting bound to a Teams meeting, for the tab opened in it. */
    async findByTeamsMeeting(p: Principal, teamsMeetingId: string): Promise<Meeting> {
      requireMember(p);
      const [all, units] = await Promise.all([meetings.listMeetings(p.tenantId, {}), context.unitsOf(p.tenantId)]);
      const m = all.find((x) => x.teams?.meetingId === teamsMeetingId);
      if (!m) throw notFound("A meeting held in this Teams meeting");
      return context.dtoOf(p, m, units);
    },
  };
}

export type MeetingSessionService = ReturnType<typeof createMeetingSessionService>;
