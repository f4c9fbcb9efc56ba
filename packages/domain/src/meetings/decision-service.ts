import type { TenantRecord } from "../directory/directory-repository.js";
import type { MyItem } from "../directory/me-contracts.js";
import { DomainError, forbidden, notFound } from "../shared/errors.js";
import { type Principal, requireMember } from "../shared/principal.js";
import { assertVersion, dataOf, liveOrThrow } from "../shared/records.js";
import { forDisplay, type Stored } from "../shared/store.js";
import type { AdjustBody, AssignmentDoneBody, DecisionBody, Meeting } from "./contracts.js";
import type { ApplyDecision } from "./decision-effects.js";
import { meetingRoles, plansMeetings } from "./meeting-access.js";
import { createMeetingContext, type MeetingDeps, type MeetingUnits as Units } from "./meeting-context.js";
import type { AssignmentData, DecisionData, MeetingData, ParagraphBookData } from "./meeting-repository.js";
import { assertDecision, takeParagraph } from "./meeting-rules.js";

const attempts = 10;
const isContention = (e: unknown) => e instanceof DomainError && (e.code === "precondition_failed" || e.code === "conflict");

/**
 * Recording a meeting's decisions: each gets the body's next § (numbered on through its
 * year, never given twice, never skipped), is applied to its object (a report reviewed, a
 * document or plan adopted) and, when it gives an assignment, creates it; then the minutes
 * are adjusted and frozen.
 */
export function createDecisionService(deps: MeetingDeps & { readonly applyDecision: ApplyDecision }) {
  const { meetings, ids, clock, applyDecision } = deps;
  const context = createMeetingContext(deps);

  const answer = async (p: Principal, m: Stored<MeetingData>, units: Units): Promise<Meeting> => context.dtoOf(p, m, units);

  /** The § for the item: the one it already holds, or the book's next, taken under the book's version. */
  async function paragraphFor(tenantId: string, m: MeetingData, itemId: string, userId: string): Promise<number> {
    const bookId = `${m.bodyId}.${m.year}`;
    for (let i = 0; i < attempts; i++) {
      const book = await meetings.find(tenantId, "paragraphBook", bookId);
      const { paragraph, book: next, taken } = takeParagraph(book, `${m.id}.${itemId}`);
      if (!taken) return paragraph;
      const data: ParagraphBookData = { id: bookId, bodyId: m.bodyId, year: m.year, next: next.next, given: next.given };
      const audit = { userId, action: "paragraphBook.take" };
      try {
        if (book) await meetings.replace(tenantId, "paragraphBook", book, data, book.etag, audit);
        else await meetings.create(tenantId, "paragraphBook", data, audit);
        return paragraph;
      } catch (error) {
        if (!isContention(error)) throw error;
      }
    }
    throw new DomainError("service_unavailable", "Too many decisions at once. Try again.", { retryAfterSeconds: 1 });
  }

  /** Gives a § back when its decision could not be made, if no later § has been given since (else the item keeps it for the retry). */
  async function releaseParagraph(tenantId: string, m: MeetingData, itemId: string, paragraph: number, userId: string) {
    const book = await meetings.find(tenantId, "paragraphBook", `${m.bodyId}.${m.year}`);
    const key = `${m.id}.${itemId}`;
    if (!book || book.given[key] !== paragraph || book.next !== paragraph + 1) return;
    const { [key]: _released, ...given } = book.given;
    await meetings
      .replace(tenantId, "paragraphBook", book, { ...dataOf(book), next: paragraph, given }, book.etag, {
        userId,
        action: "paragraphBook.release",
      })
      .catch(() => undefined);
  }

  /** Writes the decision on its item, merging with decisions recorded at the same time on other items. */
  async function writeDecision(p: Principal, id: string, itemId: string, decision: DecisionData): Promise<Stored<MeetingData>> {
    for (let i = 0; i < attempts; i++) {
      const m = await context.meetingOrThrow(p.tenantId, id);
      const item = m.agenda.items.find((x) => x.id === itemId);
      if (!item) throw notFound("The agenda item");
      if (item.decision) return m;
      const items = m.agenda.items.map((x) => (x.id === itemId ? { ...x, decision } : x));
      try {
        return await meetings.replace(p.tenantId, "meeting", m, { ...dataOf(m), agenda: { ...m.agenda, items } }, m.etag, {
          userId: p.userId,
          action: `meeting.decision.${decision.type}`,
        });
      } catch (error) {
        if (!isContention(error)) throw error;
      }
    }
    throw new DomainError("service_unavailable", "Too many decisions at once. Try again.", { retryAfterSeconds: 1 });
  }

  return {
    async recordDecision(p: Principal, tenant: TenantRecord, id: string, body: DecisionBody): Promise<Meeting> {
      requireMember(p);
      const [m, units] = await Promise.all([context.meetingOrThrow(p.tenantId, id), context.unitsOf(p.tenantId)]);
      if (!meetingRoles(p, m).record) throw forbidden("requires_secretary:meetings.decide");
      const item = m.agenda.items.find((x) => x.id === body.itemId) ?? null;
      assertDecision(
        body,
        item && { kind: item.kind, decided: item.decision !== null },
        { published: m.agenda.published !== null, adjusted: m.adjusted !== null, date: m.date },
        context.today(),
      );
      if (!item) throw notFound("The agenda item");
      const owner = body.assignment
        ? await context.personOrThrow(p.tenantId, body.assignment.ownerPersonId, "body.assignment.ownerPersonId")
        : null;
      const paragraph = await paragraphFor(p.tenantId, m, item.id, p.userId);
      try {
        if (item.refId) {
          await applyDecision(p, tenant, {
            kind: item.kind,
            refId: item.refId,
            type: body.type,
            text: body.text,
            body: { id: m.bodyId, path: m.bodyPath },
            date: m.date,
            paragraph,
            validUntil: body.validUntil,
          });
        }
      } catch (error) {
        await releaseParagraph(p.tenantId, m, item.id, paragraph, p.userId);
        throw error;
      }
      let assignmentId: string | null = null;
      if (body.assignment && owner) {
        assignmentId = ids.idFor("assignment", m.id, item.id);
        const assignment: AssignmentData = {
          id: assignmentId,
          bodyId: m.bodyId,
          bodyPath: m.bodyPath,
          meetingId: m.id,
          meetingDate: m.date,
          itemId: item.id,
          paragraph,
          what: body.assignment.what,
          ownerPersonId: owner.id,
          ownerName: owner.name,
          dueOn: body.assignment.dueOn,
          done: null,
        };
        await meetings.create(p.tenantId, "assignment", assignment, { userId: p.userId, action: "assignment.create" }).catch((error) => {
          if (!isContention(error)) throw error;
        });
      }
      // Approving an earlier assignment's report closes it.
      if (item.kind === "openAssignment" && body.type === "approved" && item.refId) {
        const earlier = await meetings.find(p.tenantId, "assignment", item.refId);
        if (earlier && !earlier.done) {
          await meetings.replace(
            p.tenantId,
            "assignment",
            earlier,
            { ...dataOf(earlier), done: { on: m.date, by: p.person?.name ?? p.userId, note: `${m.date} § ${paragraph}` } },
            earlier.etag,
            { userId: p.userId, action: "assignment.done" },
          );
        }
      }
      const decision: DecisionData = {
        paragraph,
        type: body.type,
        text: body.text,
        recordedAt: clock.now().toISOString(),
        recordedBy: p.person?.name ?? p.userId,
        assignmentId,
      };
      return answer(p, await writeDecision(p, id, item.id, decision), units);
    },

    /** Records the adjustment (justering): from then on the meeting's decisions are final. */
    async adjust(p: Principal, id: string, body: AdjustBody, etag: string): Promise<Meeting> {
      requireMember(p);
      const [m, units] = await Promise.all([context.meetingOrThrow(p.tenantId, id), context.unitsOf(p.tenantId)]);
      if (!meetingRoles(p, m).adjust) throw forbidden("requires_secretary_or_adjuster:meetings.adjust");
      assertVersion(m, etag);
      const problems = [
        ...(m.adjusted ? [{ path: "meeting", reason: "meeting_adjusted" }] : []),
        ...(m.agenda.items.some((i) => i.decision) ? [] : [{ path: "meeting", reason: "meeting_without_decisions" }]),
        ...(body.adjustedOn < m.date ? [{ path: "body.adjustedOn", reason: "adjusted_before_meeting" }] : []),
        ...(body.adjustedOn > context.today() ? [{ path: "body.adjustedOn", reason: "adjusted_in_future" }] : []),
      ];
      if (problems.length > 0) throw new DomainError("conflict", "The minutes cannot be adjusted so.", { details: problems });
      const adjusted = { on: body.adjustedOn, by: p.person?.name ?? p.userId };
      const saved = await meetings.replace(p.tenantId, "meeting", m, { ...dataOf(m), adjusted }, etag, {
        userId: p.userId,
        action: "meeting.adjust",
      });
      return answer(p, saved, units);
    },

    /** Marks an assignment done: its owner, or whoever keeps the body's meetings. */
    async completeAssignment(p: Principal, id: string, body: AssignmentDoneBody, etag: string) {
      requireMember(p);
      const a = liveOrThrow(await meetings.find(p.tenantId, "assignment", id), "The assignment");
      if (a.ownerPersonId !== p.person?.id && !plansMeetings(p, a.bodyPath)) throw forbidden("requires_owner:assignments.done");
      assertVersion(a, etag);
      if (a.done) {
        throw new DomainError("conflict", "The assignment is already done.", {
          details: [{ path: "assignment", reason: "assignment_done" }],
        });
      }
      const saved = await meetings.replace(
        p.tenantId,
        "assignment",
        a,
        { ...dataOf(a), done: { on: context.today(), by: p.person?.name ?? p.userId, note: body.note } },
        etag,
        { userId: p.userId, action: "assignment.done" },
      );
      return { id: saved.id, etag: saved.etag, done: saved.done };
    },

    /** The caller's open assignments, for My items. */
    async myItems(p: Principal): Promise<MyItem[]> {
      if (!p.person) return [];
      const [open, units] = await Promise.all([
        meetings.listOpenAssignments(p.tenantId, { ownerPersonId: p.person.id }),
        context.unitsOf(p.tenantId, forDisplay),
      ]);
      return open.map((a) => ({
        kind: "assignment",
        id: a.id,
        title: a.what,
        dueDate: a.dueOn,
        scopeName: units.get(a.bodyId)?.name ?? a.bodyId,
        href: `#/meeting/${a.meetingId}`,
      }));
    },
  };
}

export type DecisionService = ReturnType<typeof createDecisionService>;
