import type { DirectoryRepository } from "../directory/directory-repository.js";
import type { Notifier } from "../notifications/notifier.js";
import { stockholmDate, stockholmHour } from "../shared/dates.js";
import type { Clock } from "../shared/store.js";
import type { DocumentRepository, DocumentSummary } from "./document-repository.js";
import { type DueAlert, dueAlert, effectiveStatus, isoWeek } from "./document-rules.js";

interface Deps {
  readonly documents: Pick<DocumentRepository, "listSummaries">;
  readonly directory: Pick<DirectoryRepository, "findPerson" | "listRoleAssignments">;
  readonly notifier: Notifier;
  readonly clock: Clock;
}

export const documentAlertJobUser = "system:document-alerts";
/** The alerts go out from 06:00 in Stockholm; a run before that sends nothing. */
const firstHour = 6;

export interface DocumentAlertRun {
  readonly digests: number;
  readonly alerts: number;
  readonly escalations: number;
  readonly alreadySent: number;
}

/**
 * The daily revision alerts of governing documents. Each document owner gets one digest a
 * day at most with every alert due (180, 90 and 30 days before valid-until, and the day it
 * expires); each alert is a subject key of its digest in the notification ledger, so an
 * alert once sent is never sent again and one not yet sent is sent on the next run, however
 * late (QUALITY-BAR 12). Expired documents, and documents whose owner has left, are
 * escalated once a week to the municipality's administrators and those of the decision body.
 */
export function createDocumentAlertService({ documents, directory, notifier, clock }: Deps) {
  return {
    async sendDueAlerts(tenantId: string): Promise<DocumentAlertRun> {
      const now = clock.now();
      const run = { digests: 0, alerts: 0, escalations: 0, alreadySent: 0 };
      if (stockholmHour(now) < firstHour) return run;
      const date = stockholmDate(now);
      const [all, alerted] = await Promise.all([
        documents.listSummaries(tenantId),
        notifier.sentSubjectKeys(tenantId, ["documentRevisionDue", "documentExpired"]),
      ]);
      // Replaced by an adopted successor: repealed, nothing to alert.
      const superseded = new Set(all.filter((d) => d.supersedesId && d.version > 0).map((d) => d.supersedesId));
      const live = all.filter((d) => d.status === "adopted" && !superseded.has(d.id));

      const owners = [...new Set(live.map((d) => d.ownerPersonId))];
      const people = await Promise.all(owners.map((id) => directory.findPerson(tenantId, id)));
      const active = new Set(people.flatMap((p) => (p?.active ? [p.id] : [])));

      const due = new Map<string, { doc: DocumentSummary; alert: DueAlert }[]>();
      for (const doc of live) {
        const alert = dueAlert(doc, date, alerted);
        if (!alert || !active.has(doc.ownerPersonId)) continue;
        due.set(doc.ownerPersonId, [...(due.get(doc.ownerPersonId) ?? []), { doc, alert }]);
      }
      for (const [ownerId, items] of due) {
        const expired = items.filter((x) => x.alert.threshold === 0);
        const [first] = [...items].sort((a, b) => (a.doc.validUntil ?? "").localeCompare(b.doc.validUntil ?? ""));
        if (!first) continue;
        const outcome = await notifier.send(tenantId, {
          id: `documents.${ownerId}.${date}`,
          recipientPersonId: ownerId,
          activityType: expired.length > 0 ? "documentExpired" : "documentRevisionDue",
          templateParameters: {
            documentName: items.length === 1 ? first.doc.title : `${items.length} styrande dokument`,
            validUntil: first.doc.validUntil ?? "",
          },
          lines: items.map(({ doc, alert }) =>
            alert.daysLeft <= 0
              ? `${doc.title}: gick ut ${doc.validUntil}. Starta en revidering.`
              : `${doc.title}: gäller till ${doc.validUntil} (${alert.daysLeft} dagar kvar).`,
          ),
          href: items.length === 1 ? `#/document/${encodeURIComponent(first.doc.id)}` : "#/documents",
          subjectKeys: items.flatMap(({ alert }) => alert.keys),
          sentBy: documentAlertJobUser,
        });
        if (outcome === "sent") {
          run.digests++;
          run.alerts += items.length;
        } else run.alreadySent++;
      }

      // The weekly escalation: every expired document, and every one whose owner has left.
      const escalated = live.filter((d) => effectiveStatus(d.status, d.validUntil, date) === "expired" || !active.has(d.ownerPersonId));
      if (escalated.length === 0) return run;
      const week = isoWeek(date);
      // Only the grants that matter: the municipality's own (the root, first on every path) and the decision bodies'.
      const root = escalated[0]?.owningBodyPath[0];
      const scopeIds = [...new Set([...(root ? [root] : []), ...escalated.map((d) => d.decisionBodyId)])];
      const admins = await directory.listRoleAssignments(tenantId, { scopeIds });
      const recipients = new Map<string, DocumentSummary[]>();
      for (const a of admins) {
        if (a.role !== "administrator") continue;
        const theirs = escalated.filter((d) => a.scopePath.length === 1 || a.scopeId === d.decisionBodyId);
        if (theirs.length > 0)
          recipients.set(a.personId, [...new Map([...(recipients.get(a.personId) ?? []), ...theirs].map((d) => [d.id, d])).values()]);
      }
      for (const [adminId, docs] of recipients) {
        const outcome = await notifier.send(tenantId, {
          id: `documents.escalation.${adminId}.${week}`,
          recipientPersonId: adminId,
          activityType: docs.some((d) => d.validUntil !== null && d.validUntil < date) ? "documentExpired" : "documentRevisionDue",
          templateParameters: {
            documentName: docs.length === 1 ? (docs[0]?.title ?? "") : `${docs.length} styrande dokument`,
            validUntil: docs[0]?.validUntil ?? "",
          },
          lines: docs.map((d) =>
            active.has(d.ownerPersonId)
              ? `${d.title}: gick ut ${d.validUntil}.`
              : `${d.title}: saknar aktiv dokumentansvarig${d.validUntil && d.validUntil < date ? `, gick ut ${d.validUntil}` : ""}.`,
          ),
          href: "#/documents",
          subjectKeys: docs.map((d) => `escalation.${d.id}.${week}`),
          sentBy: documentAlertJobUser,
        });
        if (outcome === "sent") run.escalations++;
        else run.alreadySent++;
      }
      return run;
    },
  };
}

export type DocumentAlertService = ReturnType<typeof createDocumentAlertService>;
