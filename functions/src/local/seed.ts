import type { Database } from "@azure/cosmos";
import {
  addDays,
  type DialogueRepository,
  type DirectoryRepository,
  type DocumentRepository,
  defaultCalendar,
  defaultDocumentTypes,
  defaultGoalLevels,
  defaultMaxGoalsPerOwner,
  type InternalControlRepository,
  type MeetingRepository,
  openPeriods,
  parseKoladaPage,
  reportId,
  stockholmDate,
} from "@kvalitetskedjan/domain";
import { onboardTenant } from "../directory/tenant-onboarding.js";
import type { GoalStore } from "../goals/cosmos-goal-repository.js";
import type { DemoTenant } from "./demo-data.js";
import { seedDialogue } from "./demo-dialogue.js";
import { seedInternalControl } from "./demo-internal-control.js";
import { seedMeetings } from "./demo-meetings.js";
import koladaFixture from "./fixtures/kolada-v3-data-U21468.json" with { type: "json" };

const seedUser = { userId: "system:seed", action: "seed" };

/** Id of a seeded role assignment: stable, so tests and links can name it. */
export const demoAssignmentId = (personId: string, scopeId: string, index: number): string =>
  `${personId.slice(0, 8)}-${scopeId}-${index}`.slice(0, 64);

async function inBatches<T>(items: readonly T[], size: number, run: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

/**
 * Writes a municipality through the same repository the API uses, so seeded records
 * have the same shape and audit trail as ones made in the app.
 */
export async function seedTenant(
  database: Database,
  repos: {
    directory: DirectoryRepository;
    goals: GoalStore;
    documents: DocumentRepository;
    internalControl: InternalControlRepository;
    dialogue: DialogueRepository;
    meetings: MeetingRepository;
  },
  tenant: DemoTenant,
  concurrency = 16,
  today = stockholmDate(new Date()),
): Promise<void> {
  const repo = repos.directory;
  const seedTime = new Date().toISOString();
  const root = tenant.units.find((x) => x.parentId === null);
  if (!root) throw new Error(`Demo tenant ${tenant.name} has no root unit`);
  await onboardTenant(database, {
    id: tenant.id,
    name: tenant.name,
    defaultLocale: tenant.defaultLocale,
    rootOrgUnitId: root.id,
    onboardedAt: new Date().toISOString(),
  });
  const paths = new Map<string, string[]>();
  for (const unit of tenant.units) {
    const parentPath = unit.parentId === null ? [] : paths.get(unit.parentId);
    if (!parentPath) throw new Error(`Unit ${unit.id} comes before its parent ${unit.parentId}`);
    paths.set(unit.id, [...parentPath, unit.id]);
  }
  // Parents first by depth, so a tree is never half-linked on disk.
  const byDepth = [...tenant.units].sort((a, b) => (paths.get(a.id)?.length ?? 0) - (paths.get(b.id)?.length ?? 0));
  await inBatches(byDepth, concurrency, (unit) =>
    repo.create(tenant.id, "orgUnit", { ...unit, active: true, path: paths.get(unit.id) ?? [] }, seedUser),
  );
  await inBatches(tenant.people, concurrency, (p) =>
    repo.create(tenant.id, "person", { id: p.id, name: p.name, mail: p.mail, active: p.active }, seedUser),
  );
  const grants = tenant.people.flatMap((p) => p.roles.map((r, i) => ({ p, r, i })));
  await inBatches(grants, concurrency, ({ p, r, i }) =>
    repo.create(
      tenant.id,
      "roleAssignment",
      {
        id: `${p.id.slice(0, 8)}-${r.scopeId}-${i}`.slice(0, 64),
        personId: p.id,
        personName: p.name,
        role: r.role,
        scopeId: r.scopeId,
        scopePath: paths.get(r.scopeId) ?? [],
      },
      seedUser,
    ),
  );
  const expiring = new Map((tenant.expiringDocuments ?? []).map((x) => [x.id, addDays(today, x.daysLeft)]));
  await inBatches(tenant.documents ?? [], concurrency, (d) => {
    const validUntil = expiring.get(d.id);
    const dated = validUntil ? { ...d, validUntil, versions: d.versions.map((v) => ({ ...v, validUntil })) } : d;
    return repos.documents.create(tenant.id, "document", { ...dated, owningBodyPath: paths.get(d.owningBodyId) ?? [] }, seedUser);
  });
  if (tenant.publishRegister) {
    await repos.documents.create(
      tenant.id,
      "documentSettings",
      { id: "current", types: defaultDocumentTypes, publishRegister: true },
      seedUser,
    );
  }
  if (tenant.benchmark || tenant.publishResults) {
    await repos.goals.create(
      tenant.id,
      "goalSettings",
      {
        id: "current",
        levels: defaultGoalLevels,
        maxGoalsPerOwner: defaultMaxGoalsPerOwner,
        benchmark: tenant.benchmark ?? null,
        publishResults: tenant.publishResults ?? false,
      },
      seedUser,
    );
  }
  if (tenant.benchmark) {
    const group = new Set([tenant.benchmark.municipalityId, ...tenant.benchmark.comparisonGroup.municipalityIds]);
    const linked = new Set((tenant.planYears ?? []).flatMap((y) => (y.indicators ?? []).flatMap((i) => (i.kpiId ? [i.kpiId] : []))));
    for (const [kpiId, points] of parseKoladaPage(koladaFixture)) {
      if (!linked.has(kpiId)) continue;
      const kept = points.filter((p) => group.has(p.municipalityId));
      await repos.goals.create(tenant.id, "koladaSeries", { id: kpiId, kpiId, points: kept, importedAt: seedTime }, seedUser);
    }
  }
  const years = tenant.planYears ?? [];
  for (const year of years) {
    const planYearId = String(year.year);
    const previous = years.find((y) => y.year === year.year - 1);
    // A demo goal `2026-x` continues `2025-x` when the year before has it.
    const predecessorOf = (id: string, ids: readonly { id: string }[]) => {
      const candidate = `${year.year - 1}${id.slice(String(year.year).length)}`;
      return ids.some((x) => x.id === candidate) ? candidate : null;
    };
    const opened = openPeriods(defaultCalendar(year.year));
    const calendar = year.closed ? opened.map((x) => ({ ...x, lockedAt: seedTime, lockedBy: seedUser.userId })) : opened;
    await repos.goals.create(
      tenant.id,
      "planYear",
      {
        id: planYearId,
        year: year.year,
        vision: year.vision,
        areas: year.areas,
        levels: defaultGoalLevels,
        previousPlanYearId: previous ? String(previous.year) : null,
        periods: calendar,
      },
      seedUser,
    );
    // Level by level: parents before the goals that break them down.
    for (const level of defaultGoalLevels) {
      await inBatches(
        year.goals.filter((g) => g.levelKey === level.key),
        concurrency,
        (g) =>
          repos.goals.create(
            tenant.id,
            "goal",
            {
              ...g,
              planYearId,
              ownerScopePath: paths.get(g.ownerScopeId) ?? [],
              description: "",
              predecessorGoalId: previous ? predecessorOf(g.id, previous.goals) : null,
              credibilityReview: null,
            },
            seedUser,
          ),
      );
    }
    const ownerOfGoal = new Map(year.goals.map((g) => [g.id, g.ownerScopeId]));
    await inBatches(year.indicators ?? [], concurrency, ({ kpiId, predecessorIndicatorId, ...i }) => {
      const owner = ownerOfGoal.get(i.goalId) ?? "";
      return repos.goals.create(
        tenant.id,
        "indicator",
        {
          ...i,
          planYearId,
          ownerScopePath: paths.get(owner) ?? [],
          source: kpiId ? { kind: "kolada", kpiId } : { kind: "manual" },
          ownerPersonId: null,
          predecessorIndicatorId: predecessorIndicatorId ?? null,
        },
        seedUser,
      );
    });
    await inBatches(year.reports ?? [], concurrency, (r) => {
      const steps = ["submit", "approve", "review"] as const;
      const done = steps.slice(0, ["draft", "submitted", "approved", "reviewed"].indexOf(r.status));
      const period = calendar.find((x) => x.id === r.periodId);
      return repos.goals.create(
        tenant.id,
        "report",
        {
          id: reportId(planYearId, r.periodId, r.ownerScopeId),
          planYearId,
          periodId: r.periodId,
          ownerScopeId: r.ownerScopeId,
          ownerScopePath: paths.get(r.ownerScopeId) ?? [],
          status: r.status,
          assessments: Object.fromEntries(
            Object.entries(r.assessments).map(([id, a]) => [id, { analysis: "", actions: "", evidence: [], ...a }]),
          ),
          outcomes: Object.fromEntries(
            Object.entries(r.outcomes ?? {}).map(([id, o]) => [id, { women: null, men: null, comment: "", ...o }]),
          ),
          events: done.map((action, i) => ({
            action,
            at: `${addDays(period?.deadline ?? `${year.year}-12-31`, i * 7 - 2)}T09:00:00.000Z`,
            byUserId: seedUser.userId,
            byName: "Demodata",
            note: "",
          })),
        },
        seedUser,
      );
    });
  }
  if (tenant.internalControl) await seedInternalControl(repos.internalControl, tenant.id, tenant.internalControl, paths);
  const names = new Map(tenant.people.map((x) => [x.id, x.name]));
  if (tenant.dialogue) await seedDialogue(repos.dialogue, tenant.id, tenant.dialogue, paths, names);
  for (const meetings of tenant.meetings ?? []) await seedMeetings(repos.meetings, tenant.id, meetings, paths, names, today);
  if (tenant.milestones) {
    const year = Number(today.slice(0, 4));
    const items = tenant.milestones.map((m) => ({ name: m.name, date: `${year}-${m.monthDay}` }));
    await repos.meetings.create(tenant.id, "cycleMilestones", { id: String(year), year, items }, { userId: "system:seed", action: "seed" });
  }
}
