import { type Assessment, type ReportStatus, reportId } from "@kvalitetskedjan/domain";
import type { Services } from "../platform/composition.js";
import type { DemoTenant } from "./demo-data.js";

/**
 * The walkthrough's one late report (README): Norrmalmskolan's latest interim report whose
 * deadline has passed. BUN's own is in and approved, so it waits for BUN's next meeting.
 */
export const walkthroughLateOwner = "norrmalmskolan";
const unreported: readonly ReportStatus[] = ["notStarted", "draft"];
const assessments: readonly Assessment[] = ["fulfilled", "partlyFulfilled", "fulfilled", "notFulfilled"];

/**
 * The demo as of `today` (`npm start`): every report whose deadline has passed is in and
 * approved, as in a municipality that keeps up, except the walkthrough's one late report, so
 * a fresh start shows one owner late instead of all of them. Who was asked to report comes
 * from the reporting service's own overview; the assessments are a fixed mix, not a story.
 */
export async function settlePastDemoReports(services: Services, tenant: DemoTenant, today: string): Promise<number> {
  const admin = tenant.people.find((p) => p.active && p.roles.some((r) => r.role === "administrator"));
  if (!admin) return 0;
  const principal = await services.loadPrincipal({ tenantId: tenant.id, userId: admin.id, name: admin.name });
  const units = new Map((await services.directoryRepository.listOrgUnits(tenant.id)).map((u) => [u.id, u]));
  let settled = 0;
  for (const demoYear of tenant.planYears ?? []) {
    if (demoYear.closed) continue;
    const year = await services.goalRepository.findPlanYear(tenant.id, String(demoYear.year));
    if (!year) continue;
    const goals = await services.goalRepository.listGoals(tenant.id, year.id);
    const past = year.periods.filter((p) => p.deadline < today && p.lockedAt === null);
    const lastInterim = past.filter((p) => p.kind === "interim").at(-1);
    for (const period of past) {
      const { rows } = await services.periodStatus.overview(principal, year.id, period.id);
      for (const row of rows) {
        if (!unreported.includes(row.status)) continue;
        if (period.id === lastInterim?.id && row.ownerScopeId === walkthroughLateOwner) continue;
        const owned = period.kind === "month" ? [] : goals.filter((g) => g.ownerScopeId === row.ownerScopeId);
        const at = `${period.deadline}T09:00:00.000Z`;
        await services.goalRepository.create(
          tenant.id,
          "report",
          {
            id: reportId(year.id, period.id, row.ownerScopeId),
            planYearId: year.id,
            periodId: period.id,
            ownerScopeId: row.ownerScopeId,
            ownerScopePath: [...(units.get(row.ownerScopeId)?.path ?? [])],
            status: "approved",
            assessments: Object.fromEntries(
              owned.map((g, i) => [
                g.id,
                { assessment: assessments[i % assessments.length] as Assessment, analysis: "", actions: "", evidence: [] },
              ]),
            ),
            outcomes: {},
            events: [
              { action: "submit", at, byUserId: "system:demo", byName: "Demodata", note: "" },
              { action: "approve", at, byUserId: "system:demo", byName: "Demodata", note: "" },
            ],
          },
          { userId: "system:demo", action: "report.demo" },
        );
        settled += 1;
      }
    }
  }
  return settled;
}
