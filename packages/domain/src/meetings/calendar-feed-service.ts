import { type DirectoryRepository, principalOf } from "../directory/directory-repository.js";
import { notFound, validationFailed } from "../shared/errors.js";
import { isMember, type Principal, requireMember } from "../shared/principal.js";
import { assertVersion, newRecordEtag } from "../shared/records.js";
import type { Clock, IdGenerator, Stored } from "../shared/store.js";
import type { AnnualCycleService } from "./annual-cycle-service.js";
import type { AnnualCycle, CalendarFeed, CalendarFeedBody } from "./contracts.js";
import type { CalendarFeedData, MeetingRepository } from "./meeting-repository.js";

/** Makes a subscription's secret and checks one against its kept hash (in constant time). */
export interface FeedSecrets {
  issue(): { readonly secret: string; readonly hash: string };
  matches(secret: string, hash: string): boolean;
}

export type CalendarFeedDeps = {
  readonly meetings: MeetingRepository;
  readonly ids: IdGenerator;
  readonly clock: Clock;
  readonly secrets: FeedSecrets;
  readonly annualCycle: Pick<AnnualCycleService, "getCycle">;
  readonly directory: Pick<DirectoryRepository, "loadPrincipal" | "findOrgUnit">;
};

const none = (etag: string): CalendarFeed => ({ active: false, view: null, bodyId: null, createdAt: null, url: null, etag });

/**
 * A person's subscription to the annual cycle: an address with a secret of its own, to paste
 * into Outlook or any calendar, read-only. Only a hash of the secret is kept; making it again
 * replaces the secret (the old address stops working), revoking it leaves none. The feed
 * reads as its owner, with the roles they hold when the calendar asks, and only in their
 * municipality; an unknown, revoked or wrong address, or one whose owner left, is not found —
 * the answers do not tell them apart.
 */
/** What the caller sees of their subscription (never its secret), with its version. */
function toFeed(feed: Stored<CalendarFeedData> | null): CalendarFeed {
  if (!feed?.secretHash) return none(feed?.etag ?? newRecordEtag);
  return { active: true, view: feed.view, bodyId: feed.bodyId, createdAt: feed.createdAt, url: null, etag: feed.etag };
}

export function createCalendarFeedService(deps: CalendarFeedDeps) {
  const { meetings, ids, clock, secrets, annualCycle, directory } = deps;
  const feedIdOf = (p: Principal) => ids.idFor("calendarFeed", p.person?.id ?? p.userId);

  async function own(p: Principal) {
    requireMember(p);
    const found = await meetings.find(p.tenantId, "calendarFeed", feedIdOf(p));
    return found && !found.deleted ? found : null;
  }

  return {
    async status(p: Principal): Promise<CalendarFeed> {
      return toFeed(await own(p));
    },

    /**
     * Makes (or makes again) the caller's subscription, from the version they saw (`new`
     * before the first): a second tab's stale "make again" is refused rather than silently
     * replacing the address the first just copied. The answer's token is the only time its
     * secret is shown.
     */
    async create(p: Principal, body: CalendarFeedBody, etag: string): Promise<{ feed: CalendarFeed; token: string }> {
      const [current, filterBody] = await Promise.all([own(p), body.bodyId ? directory.findOrgUnit(p.tenantId, body.bodyId) : null]);
      if (body.bodyId && !filterBody?.active)
        throw validationFailed("unknown_body", "There is no such body in the municipality.", "body.bodyId");
      assertVersion(current, etag);
      const { secret, hash } = secrets.issue();
      const data: CalendarFeedData = {
        id: feedIdOf(p),
        personId: p.person?.id ?? "",
        userId: p.userId,
        name: p.person?.name ?? "",
        secretHash: hash,
        view: body.view,
        bodyId: body.bodyId ?? null,
        createdAt: clock.now().toISOString(),
      };
      const audit = { userId: p.userId, action: current ? "calendarFeed.renew" : "calendarFeed.create" };
      const saved = current
        ? await meetings.replace(p.tenantId, "calendarFeed", current, data, etag, audit)
        : await meetings.create(p.tenantId, "calendarFeed", data, audit);
      return { feed: toFeed(saved), token: `${data.id}.${secret}` };
    },

    /** Revokes the caller's subscription, from the version they saw; revoking none changes nothing. */
    async revoke(p: Principal, etag: string): Promise<CalendarFeed> {
      const current = await own(p);
      assertVersion(current, etag);
      if (!current?.secretHash) return toFeed(current);
      const audit = { userId: p.userId, action: "calendarFeed.revoke" };
      return toFeed(await meetings.replace(p.tenantId, "calendarFeed", current, { ...current, secretHash: null }, etag, audit));
    },

    /** The cycles a subscription shows (this year and the next), read as its owner; 404 for any address that does not open. */
    async open(tenantId: string, token: string): Promise<{ feedId: string; cycles: AnnualCycle[] }> {
      const [feedId = "", secret = ""] = token.split(".");
      const feed = await meetings.find(tenantId, "calendarFeed", feedId);
      const gone = notFound("A calendar subscription at this address");
      if (!feed || feed.deleted || !feed.secretHash || !secrets.matches(secret, feed.secretHash)) throw gone;
      // Read as its owner would sign in now: their roles today, or none if they have left.
      const p = await principalOf(directory, { tenantId, userId: feed.userId, name: feed.name });
      if (!isMember(p) || p.person?.id !== feed.personId) throw gone;
      const year = Number(clock.now().toISOString().slice(0, 4));
      const query = { view: feed.view, ...(feed.bodyId ? { bodyId: feed.bodyId } : {}) };
      const cycles = await Promise.all([year, year + 1].map((y) => annualCycle.getCycle(p, { year: y, ...query })));
      return { feedId, cycles };
    },
  };
}

export type CalendarFeedService = ReturnType<typeof createCalendarFeedService>;
