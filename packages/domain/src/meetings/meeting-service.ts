import { DomainError, forbidden, notFound, validationFailed } from "../shared/errors.js";
import { type Principal, requireMember } from "../shared/principal.js";
import { applyChanges, assertVersion, dataOf } from "../shared/records.js";
import { forDisplay, type Stored } from "../shared/store.js";
import type { AgendaBody, AgendaProposal, Meeting, MeetingBody, MeetingList, MeetingListQuery, MeetingUpdateBody } from "./contracts.js";
import type { DueSource } from "./due-source.js";
import { meetingRoles, plansMeetings } from "./meeting-access.js";
import {
  createMeetingContext,
  type MeetingDeps,
  meetingBodyKinds,
  numberIn,
  toMeetingDto,
  type MeetingUnits as Units,
} from "./meeting-context.js";
import type { AgendaItemData, MeetingData } from "./meeting-repository.js";
import { isInformation, itemKey, parseItemKey, proposeItems } from "./meeting-rules.js";

/** A committee's meetings and their agendas: planned, proposed from what is due, ordered and published by the secretary. */
export function createMeetingService(deps: MeetingDeps & { readonly dueFor: DueSource }) {
  const { meetings, ids, clock, dueFor } = deps;
  const context = createMeetingContext(deps);

  async function answer(p: Principal, m: Stored<MeetingData>, units: Units): Promise<Meeting> {
    return context.dtoOf(p, m, units);
  }

  /** The meeting, its organisation and the caller's roles; `plan` required unless `read`. */
  async function loadForPlanning(p: Principal, id: string) {
    requireMember(p);
    const [m, units] = await Promise.all([context.meetingOrThrow(p.tenantId, id), context.unitsOf(p.tenantId)]);
    if (!meetingRoles(p, m).plan) throw forbidden("requires_secretary:meetings.plan");
    if (m.adjusted) {
      throw new DomainError("conflict", "The minutes are adjusted: the meeting is final.", {
        details: [{ path: "meeting", reason: "meeting_adjusted" }],
      });
    }
    return { m, units };
  }

  /** The people the meeting names, checked active, with their names. */
  async function people(p: Principal, body: Pick<MeetingBody, "secretaryPersonId" | "adjusterPersonIds">) {
    const [secretary, ...adjusters] = await Promise.all([
      context.personOrThrow(p.tenantId, body.secretaryPersonId, "body.secretaryPersonId"),
      ...body.adjusterPersonIds.map((id, i) => context.personOrThrow(p.tenantId, id, `body.adjusterPersonIds.${i}`)),
    ]);
    if (new Set(body.adjusterPersonIds).size !== body.adjusterPersonIds.length) {
      throw validationFailed("person_twice", "Each adjuster once.", "body.adjusterPersonIds");
    }
    return { secretaryName: secretary?.name ?? "", adjusters: adjusters.map((a) => ({ id: a.id, name: a.name })) };
  }

  async function proposalFor(p: Principal, m: Stored<MeetingData>, units: Units): Promise<AgendaProposal> {
    const body = units.get(m.bodyId);
    if (!body) throw notFound("The meeting's body");
    const [due, all] = await Promise.all([
      dueFor(p.tenantId, body, units, m.date),
      meetings.listMeetings(p.tenantId, { bodyId: m.bodyId }),
    ]);
    const taken = new Set<string>();
    for (const other of all) {
      for (const i of other.agenda.items) {
        // On this agenda, or decided at another meeting (an open assignment stays proposed until it is done).
        const settled = i.decision && i.decision.type !== "referredBack" && i.kind !== "openAssignment";
        if (i.refId && (other.id === m.id || settled)) taken.add(itemKey(i.kind, i.refId));
      }
    }
    return { items: proposeItems(due, taken) };
  }

  return {
    /** Meetings the caller can see (every member sees every body's), and the bodies they may plan meetings for. */
    async listMeetings(p: Principal, query: MeetingListQuery): Promise<MeetingList> {
      requireMember(p);
      const [list, units] = await Promise.all([
        meetings.listMeetings(p.tenantId, {
          ...(query.bodyId ? { bodyId: query.bodyId } : {}),
          ...(query.year ? { year: query.year } : {}),
        }),
        context.unitsOf(p.tenantId, forDisplay),
      ]);
      const byBodyYear = new Map<string, Stored<MeetingData>[]>();
      for (const m of list) byBodyYear.set(`${m.bodyId}.${m.year}`, [...(byBodyYear.get(`${m.bodyId}.${m.year}`) ?? []), m]);
      // Filtered by body, by year or both, the list still holds each listed meeting's whole body-year: its number is read off it.
      const numbered = list.map((m) => ({ m, number: numberIn(byBodyYear.get(`${m.bodyId}.${m.year}`) ?? [], m) }));
      return {
        meetings: numbered.map(({ m, number }) => {
          const { id, bodyId, bodyName, date, startsAt, location, state, etag } = toMeetingDto(p, m, units, number, context.today());
          return { id, bodyId, bodyName, number, date, startsAt, location, state, etag };
        }),
        bodies: [...units.values()]
          .filter((u) => u.active && (meetingBodyKinds as readonly string[]).includes(u.kind) && plansMeetings(p, u.path))
          .map((u) => ({ id: u.id, name: u.name }))
          .sort((a, b) => a.name.localeCompare(b.name, "sv")),
      };
    },

    async createMeeting(p: Principal, body: MeetingBody): Promise<Meeting> {
      requireMember(p);
      const units = await context.unitsOf(p.tenantId);
      const unit = context.bodyOrThrow(units, body.bodyId, "body.bodyId");
      if (!plansMeetings(p, unit.path)) throw forbidden("requires_secretary:meetings.create");
      const named = await people(p, body);
      const saved = await meetings.create(
        p.tenantId,
        "meeting",
        {
          id: ids.newId(),
          bodyId: unit.id,
          bodyPath: unit.path,
          year: Number(body.date.slice(0, 4)),
          date: body.date,
          startsAt: body.startsAt,
          location: body.location,
          secretaryPersonId: body.secretaryPersonId,
          ...named,
          agenda: { published: null, items: [] },
          adjusted: null,
        },
        { userId: p.userId, action: "meeting.create" },
      );
      return answer(p, saved, units);
    },

    async getMeeting(p: Principal, id: string): Promise<Meeting> {
      requireMember(p);
      const [m, units] = await Promise.all([context.meetingOrThrow(p.tenantId, id), context.unitsOf(p.tenantId, forDisplay)]);
      return answer(p, m, units);
    },

    /** Changes the date, time, place and people; the date stays in its year once decisions hold paragraphs of it. */
    async updateMeeting(p: Principal, id: string, body: MeetingUpdateBody, etag: string): Promise<Meeting> {
      const { m, units } = await loadForPlanning(p, id);
      assertVersion(m, etag);
      const decided = m.agenda.items.some((i) => i.decision);
      if (body.date !== undefined && decided && Number(body.date.slice(0, 4)) !== m.year) {
        throw validationFailed("paragraphs_in_year", "The meeting's decisions hold paragraphs of its year.", "body.date");
      }
      const named =
        body.secretaryPersonId !== undefined || body.adjusterPersonIds !== undefined
          ? await people(p, {
              secretaryPersonId: body.secretaryPersonId ?? m.secretaryPersonId,
              adjusterPersonIds: body.adjusterPersonIds ?? m.adjusters.map((a) => a.id),
            })
          : {};
      const { adjusterPersonIds: _a, ...changes } = body;
      const next: MeetingData = {
        ...applyChanges(dataOf(m), changes),
        ...named,
        year: Number((body.date ?? m.date).slice(0, 4)),
      };
      const saved = await meetings.replace(p.tenantId, "meeting", m, next, etag, { userId: p.userId, action: "meeting.update" });
      return answer(p, saved, units);
    },

    /** Cancels a meeting that has taken no decision (kept, marked deleted, audited). */
    async removeMeeting(p: Principal, id: string, etag: string): Promise<void> {
      const { m } = await loadForPlanning(p, id);
      assertVersion(m, etag);
      if (m.agenda.items.some((i) => i.decision)) {
        throw new DomainError("conflict", "A meeting that has taken decisions stays with its minutes.", {
          details: [{ path: "meeting", reason: "meeting_decided" }],
        });
      }
      await meetings.replace(p.tenantId, "meeting", m, { ...dataOf(m), deleted: true }, etag, {
        userId: p.userId,
        action: "meeting.remove",
      });
    },

    /** What is due for the body and not on the agenda, nor decided at an earlier meeting: the secretary's proposal. */
    async proposeAgenda(p: Principal, id: string): Promise<AgendaProposal> {
      const { m, units } = await loadForPlanning(p, id);
      return proposalFor(p, m, units);
    },

    /**
     * Sets the agenda: proposed items by key (checked against what is due now), free items by
     * their text, in the order given. An item with a decision stays, where it was.
     */
    async saveAgenda(p: Principal, id: string, body: AgendaBody, etag: string): Promise<Meeting> {
      const { m, units } = await loadForPlanning(p, id);
      assertVersion(m, etag);
      const current = new Map(m.agenda.items.filter((i) => i.refId).map((i) => [itemKey(i.kind, i.refId as string), i]));
      const free = new Map(m.agenda.items.filter((i) => !i.refId).map((i) => [i.title, i]));
      const wanted = body.items.flatMap((x) => ("key" in x ? [x.key] : []));
      const unknown = wanted.filter((k) => !current.has(k));
      const proposal = unknown.length > 0 ? await proposalFor(p, m, units) : { items: [] };
      const proposed = new Map(proposal.items.map((x) => [x.key, x]));
      const problems = body.items.flatMap((x, i) =>
        "key" in x && !current.has(x.key) && !proposed.has(x.key) ? [{ path: `body.items.${i}.key`, reason: "not_due_for_body" }] : [],
      );
      if (new Set(wanted).size !== wanted.length) problems.push({ path: "body.items", reason: "item_twice" });
      if (problems.length > 0)
        throw new DomainError("validation_failed", "The agenda names items that are not due for the body.", { details: problems });
      const items: AgendaItemData[] = body.items.map((x) => {
        if ("key" in x) {
          const kept = current.get(x.key);
          if (kept) return kept;
          const due = proposed.get(x.key);
          const ref = parseItemKey(x.key);
          if (!due || !ref) throw validationFailed("not_due_for_body", "Not due for the body.", "body.items");
          return {
            id: ids.newId(),
            kind: ref.kind,
            refId: ref.refId,
            title: due.title,
            summary: due.summary,
            information: isInformation(ref.kind),
            href: due.href,
            decision: null,
          };
        }
        const kept = free.get(x.title);
        return kept && !kept.decision
          ? { ...kept, summary: x.summary }
          : (kept ?? {
              id: ids.newId(),
              kind: "free",
              refId: null,
              title: x.title,
              summary: x.summary,
              information: false,
              href: null,
              decision: null,
            });
      });
      const dropped = m.agenda.items.filter((i) => i.decision && !items.some((x) => x.id === i.id));
      if (dropped.length > 0) {
        throw new DomainError("conflict", "An item with a decision stays on the agenda.", {
          details: dropped.map((i) => ({ path: "body.items", reason: "item_decided", message: i.title })),
        });
      }
      const saved = await meetings.replace(p.tenantId, "meeting", m, { ...dataOf(m), agenda: { ...m.agenda, items } }, etag, {
        userId: p.userId,
        action: "meeting.agenda",
      });
      return answer(p, saved, units);
    },

    /** Publishes the agenda (the notice, kallelse): shown to members before the meeting; decisions are recorded on its items. */
    async publishAgenda(p: Principal, id: string, etag: string): Promise<Meeting> {
      const { m, units } = await loadForPlanning(p, id);
      assertVersion(m, etag);
      if (m.agenda.items.length === 0) {
        throw new DomainError("conflict", "An agenda is published with its items.", {
          details: [{ path: "agenda", reason: "agenda_empty" }],
        });
      }
      const published = { at: clock.now().toISOString(), by: p.person?.name ?? p.userId };
      const saved = await meetings.replace(p.tenantId, "meeting", m, { ...dataOf(m), agenda: { ...m.agenda, published } }, etag, {
        userId: p.userId,
        action: "meeting.publish",
      });
      return answer(p, saved, units);
    },
  };
}

export type MeetingService = ReturnType<typeof createMeetingService>;
