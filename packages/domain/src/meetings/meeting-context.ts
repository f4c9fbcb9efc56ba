// What the meeting services read alike (the organisation, a meeting or 404, a body that
// holds meetings, the body's year for the meeting's number) and the meeting's DTO.
import type { DirectoryRepository, OrgUnitData } from "../directory/directory-repository.js";
import { activePersonOrThrow } from "../directory/directory-repository.js";
import { stockholmDate } from "../shared/dates.js";
import { validationFailed } from "../shared/errors.js";
import type { Principal } from "../shared/principal.js";
import { liveOrThrow, metaOf } from "../shared/records.js";
import type { Clock, IdGenerator, ReadFreshness, Stored } from "../shared/store.js";
import type { Meeting } from "./contracts.js";
import { meetingRoles } from "./meeting-access.js";
import type { FiledData, MeetingData, MeetingRepository } from "./meeting-repository.js";
import { decisionTypesFor, meetingState } from "./meeting-rules.js";

export type MeetingDeps = {
  readonly meetings: MeetingRepository;
  readonly directory: Pick<DirectoryRepository, "listOrgUnits" | "findPerson">;
  readonly ids: IdGenerator;
  readonly clock: Clock;
};

/** The organisation by id, as the meeting services read it. */
export type MeetingUnits = ReadonlyMap<string, Stored<OrgUnitData>>;
type Units = MeetingUnits;

/** The kinds of body that hold meetings with minutes. */
export const meetingBodyKinds = ["council", "executiveBoard", "committee", "company", "group"] as const;

const filedDto = (f: FiledData | undefined) =>
  f ? { files: f.files.map((x) => ({ name: x.name, webUrl: x.webUrl })), at: f.at, by: f.by } : null;

/** The meeting as every screen shows it: its body, number, agenda with decisions, and what the caller may do. */
export function toMeetingDto(p: Principal, m: Stored<MeetingData>, units: Units, number: number, today: string): Meeting {
  const roles = meetingRoles(p, m);
  const paragraphs = m.agenda.items.flatMap((i) => (i.decision ? [i.decision.paragraph] : []));
  const decided = paragraphs.length > 0;
  return {
    ...metaOf(m),
    id: m.id,
    bodyId: m.bodyId,
    bodyName: units.get(m.bodyId)?.name ?? m.bodyId,
    number,
    date: m.date,
    startsAt: m.startsAt,
    location: m.location,
    secretaryPersonId: m.secretaryPersonId,
    secretaryName: m.secretaryName,
    adjusters: m.adjusters.map((a) => ({ id: a.id, name: a.name })),
    state: meetingState({ adjusted: m.adjusted, published: m.agenda.published, decided }),
    agenda: {
      published: m.agenda.published,
      items: m.agenda.items.map((i) => ({
        id: i.id,
        kind: i.kind,
        refId: i.refId,
        title: i.title,
        summary: i.summary,
        information: i.information,
        decisionTypes: decisionTypesFor(i.kind),
        decision: i.decision,
        href: i.href,
      })),
    },
    paragraphs: decided ? { first: Math.min(...paragraphs), last: Math.max(...paragraphs) } : null,
    adjusted: m.adjusted,
    currentItemId: m.currentItemId ?? null,
    teams: m.teams ? { meetingId: m.teams.meetingId, boundAt: m.teams.boundAt, boundBy: m.teams.boundBy } : null,
    filed: { notice: filedDto(m.filed?.notice), minutes: filedDto(m.filed?.minutes) },
    canPlan: roles.plan && !m.adjusted,
    canRecord: roles.record && !m.adjusted && m.agenda.published !== null,
    decidesToday: roles.record && !m.adjusted && m.agenda.published !== null && m.date <= today,
    canAdjust: roles.adjust && !m.adjusted && decided,
    canFile: roles.plan || roles.record,
  };
}

export function createMeetingContext({ meetings, directory, clock }: MeetingDeps) {
  const today = () => stockholmDate(clock.now());

  async function unitsOf(tenantId: string, freshness?: ReadFreshness): Promise<Units> {
    return new Map((await directory.listOrgUnits(tenantId, freshness)).map((u) => [u.id, u]));
  }

  async function meetingOrThrow(tenantId: string, id: string): Promise<Stored<MeetingData>> {
    return liveOrThrow(await meetings.find(tenantId, "meeting", id), "The meeting");
  }

  /** A body that holds meetings with minutes: a council, the executive board, a committee, a company or a group. */
  function bodyOrThrow(units: Units, id: string, path: string): Stored<OrgUnitData> {
    const unit = units.get(id);
    if (!unit?.active || !(meetingBodyKinds as readonly string[]).includes(unit.kind)) {
      throw validationFailed(
        "not_a_meeting_body",
        "Meetings are held by the council, the executive board, a committee, a company or a group.",
        path,
      );
    }
    return unit;
  }

  /** The meeting's number in its body's year: its place among the year's meetings by date. */
  async function numberOf(tenantId: string, m: MeetingData): Promise<number> {
    const year = await meetings.listMeetings(tenantId, { bodyId: m.bodyId, year: m.year });
    return numberIn(year, m);
  }

  const personOrThrow = (tenantId: string, id: string, path: string) => activePersonOrThrow(directory, tenantId, id, path);

  /** The meeting as the caller sees it, numbered in its body's year and dated by the services' clock. */
  const dtoOf = async (p: Principal, m: Stored<MeetingData>, units: Units): Promise<Meeting> =>
    toMeetingDto(p, m, units, await numberOf(p.tenantId, m), today());

  return { today, unitsOf, meetingOrThrow, bodyOrThrow, numberOf, personOrThrow, dtoOf };
}

/** A meeting's place among its body's meetings of the year, by date and then by when it was planned. */
export function numberIn(year: readonly Stored<MeetingData>[], m: { readonly id: string }): number {
  const ordered = [...year].sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
  return ordered.findIndex((x) => x.id === m.id) + 1;
}

export type MeetingContext = ReturnType<typeof createMeetingContext>;
