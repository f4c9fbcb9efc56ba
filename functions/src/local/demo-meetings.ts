import { addDays, type MeetingRepository } from "@kvalitetskedjan/domain";

/** A body's meetings in the demo: the last one of the year before (held, adjusted, with an assignment still open) and the next, a week ahead. */
export interface DemoMeetings {
  /** Starts the meetings' ids, so no id is the same in two municipalities (isolation is tested by id). */
  readonly idPrefix: string;
  readonly bodyId: string;
  readonly secretaryPersonId: string;
  readonly adjusterPersonIds: readonly string[];
  readonly location: string;
  /** The assignment the last meeting gave, still open. */
  readonly assignment: { readonly what: string; readonly ownerPersonId: string; readonly dueInDays: number };
  /** The last meeting's two items after the choice of adjuster: the first approved, the second giving the assignment. */
  readonly lastTopics?: readonly [DemoTopic, DemoTopic];
  /** Days from the seed's day to the next meeting; a week unless set. */
  readonly nextInDays?: number;
}

interface DemoTopic {
  readonly title: string;
  readonly summary: string;
  readonly decision: string;
}

const committeeTopics: readonly [DemoTopic, DemoTopic] = [
  {
    title: "Budget och verksamhetsplan",
    summary: "Förvaltningens förslag.",
    decision: "Nämnden godkänner förslaget och överlämnar det till kommunstyrelsen.",
  },
  {
    title: "Elevernas trygghet i skolan",
    summary: "Resultat från elevenkäten.",
    decision: "Förvaltningen får i uppdrag att ta fram en handlingsplan.",
  },
];

const seedUser = { userId: "system:seed", action: "seed" };

/**
 * Writes the demo's meetings through the API's own repository, dated from the day it seeds:
 * the last meeting of the previous year (so this year's paragraphs start at § 1) and the next
 * one a week from today, with nothing on its agenda yet — the secretary's proposal is what
 * is due for the body.
 */
export async function seedMeetings(
  repo: MeetingRepository,
  tenantId: string,
  demo: DemoMeetings,
  paths: ReadonlyMap<string, readonly string[]>,
  names: ReadonlyMap<string, string>,
  today: string,
): Promise<void> {
  const bodyPath = [...(paths.get(demo.bodyId) ?? [])];
  const lastYear = Number(today.slice(0, 4)) - 1;
  const people = {
    secretaryPersonId: demo.secretaryPersonId,
    secretaryName: names.get(demo.secretaryPersonId) ?? "",
    adjusters: demo.adjusterPersonIds.map((id) => ({ id, name: names.get(id) ?? "" })),
  };
  const lastDate = `${lastYear}-12-08`;
  const decided = (paragraph: number, type: "noted" | "approved" | "assigned", text: string, assignmentId: string | null = null) => ({
    paragraph,
    type,
    text,
    recordedAt: `${lastDate}T14:00:00.000Z`,
    recordedBy: people.secretaryName,
    assignmentId,
  });
  const [approvedTopic, assigningTopic] = demo.lastTopics ?? committeeTopics;
  const last = `${demo.idPrefix}-last`;
  const assignmentId = `${last}-uppdrag`;
  await repo.create(
    tenantId,
    "meeting",
    {
      id: last,
      bodyId: demo.bodyId,
      bodyPath,
      year: lastYear,
      date: lastDate,
      startsAt: "13:00",
      location: demo.location,
      ...people,
      agenda: {
        published: { at: `${lastYear}-12-01T08:00:00.000Z`, by: people.secretaryName },
        items: [
          {
            id: "i1",
            kind: "free",
            refId: null,
            title: "Val av justerare",
            summary: "",
            information: false,
            href: null,
            decision: decided(61, "approved", `${people.adjusters[0]?.name ?? ""} utses att justera protokollet.`),
          },
          {
            id: "i2",
            kind: "free",
            refId: null,
            title: approvedTopic.title,
            summary: approvedTopic.summary,
            information: false,
            href: null,
            decision: decided(62, "approved", approvedTopic.decision),
          },
          {
            id: "i3",
            kind: "free",
            refId: null,
            title: assigningTopic.title,
            summary: assigningTopic.summary,
            information: false,
            href: null,
            decision: decided(63, "assigned", assigningTopic.decision, assignmentId),
          },
        ],
      },
      adjusted: { on: `${lastYear}-12-12`, by: people.adjusters[0]?.name ?? people.secretaryName },
    },
    seedUser,
  );
  await repo.create(
    tenantId,
    "paragraphBook",
    {
      id: `${demo.bodyId}.${lastYear}`,
      bodyId: demo.bodyId,
      year: lastYear,
      next: 64,
      given: { [`${last}.i1`]: 61, [`${last}.i2`]: 62, [`${last}.i3`]: 63 },
    },
    seedUser,
  );
  await repo.create(
    tenantId,
    "assignment",
    {
      id: assignmentId,
      bodyId: demo.bodyId,
      bodyPath,
      meetingId: last,
      meetingDate: lastDate,
      itemId: "i3",
      paragraph: 63,
      what: demo.assignment.what,
      ownerPersonId: demo.assignment.ownerPersonId,
      ownerName: names.get(demo.assignment.ownerPersonId) ?? "",
      dueOn: addDays(today, demo.assignment.dueInDays),
      done: null,
    },
    seedUser,
  );
  const next = addDays(today, demo.nextInDays ?? 7);
  await repo.create(
    tenantId,
    "meeting",
    {
      id: `${demo.idPrefix}-next`,
      bodyId: demo.bodyId,
      bodyPath,
      year: Number(next.slice(0, 4)),
      date: next,
      startsAt: "13:00",
      location: demo.location,
      ...people,
      agenda: { published: null, items: [] },
      adjusted: null,
    },
    seedUser,
  );
}
