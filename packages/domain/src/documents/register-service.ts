import type { MyItem } from "../directory/me-contracts.js";
import { addDays } from "../shared/dates.js";
import { notFound } from "../shared/errors.js";
import { type Principal, requireMember } from "../shared/principal.js";
import type { DocumentListQuery, DocumentRegister, PublicRegister } from "./contracts.js";
import { createDocumentContext, type DocumentDeps } from "./document-context.js";
import { decisionBodyKinds, effectiveStatus, revisionState } from "./document-rules.js";

/** The register of governing documents: the staff's list, the public register, and the documents due for their owner. */
export function createRegisterService(deps: DocumentDeps) {
  const { documents, directory, tenants, clock } = deps;
  const { today, listItem, statusOf } = createDocumentContext(deps);

  return {
    async publicRegister(tenantId: string): Promise<PublicRegister> {
      const [tenant, settings, all, units] = await Promise.all([
        tenants.findTenant(tenantId),
        documents.findSettings(tenantId),
        documents.listDocuments(tenantId),
        directory.listOrgUnits(tenantId),
      ]);
      if (!tenant || !settings?.publishRegister) throw notFound("The municipality's register");
      const date = today();
      const unitName = new Map(units.map((u) => [u.id, u.name]));
      const typeName = new Map(settings.types.map((t) => [t.key, t.name.sv]));
      const supersededBy = new Map(all.filter((d) => d.supersedesId && d.version > 0).map((d) => [d.supersedesId as string, d.id]));
      const published = all.flatMap((d) => {
        const decided = d.versions.at(-1);
        if (!decided || !d.lastRevised) return [];
        const status = statusOf(d.status, decided.validUntil, supersededBy.get(d.id) ?? null, date);
        if (status === "draft") return [];
        const m = decided.metadata;
        return [
          {
            id: d.id,
            title: m.title,
            type: typeName.get(m.typeKey) ?? m.typeKey,
            decisionBody: unitName.get(m.decisionBodyId) ?? "",
            owningBody: unitName.get(m.owningBodyId) ?? "",
            status,
            version: decided.version,
            adoptedOn: decided.adoptedOn,
            lastRevised: `${d.lastRevised.date} ${d.lastRevised.paragraph}`,
            validUntil: decided.validUntil,
            summary: m.summary,
            appliesTo: m.appliesTo,
            diaryNumber: m.diaryNumber,
            parentId: m.parentId,
            supersededById: supersededBy.get(d.id) ?? null,
          },
        ];
      });
      return {
        municipality: tenant.name,
        publishedAt: clock.now().toISOString(),
        licence: "CC0-1.0",
        documents: published.sort((a, b) => a.title.localeCompare(b.title, "sv")),
      };
    },

    /** The register, filtered; any member of the municipality reads it. */
    async list(p: Principal, q: DocumentListQuery): Promise<DocumentRegister> {
      requireMember(p);
      const date = today();
      const [all, units] = await Promise.all([documents.listSummaries(p.tenantId), directory.listOrgUnits(p.tenantId)]);
      const unitName = new Map(units.map((u) => [u.id, u.name]));
      const supersededBy = new Map(all.filter((d) => d.supersedesId && d.version > 0).map((d) => [d.supersedesId as string, d.id]));
      const horizon = q.expiringWithinDays === undefined ? null : addDays(date, q.expiringWithinDays);
      const items = all
        .map((d) => listItem(d, supersededBy.get(d.id) ?? null, date))
        .filter(
          (d) =>
            (q.typeKey === undefined || d.typeKey === q.typeKey) &&
            (q.decisionBodyId === undefined || d.decisionBodyId === q.decisionBodyId) &&
            (q.ownerPersonId === undefined || d.ownerPersonId === q.ownerPersonId) &&
            (q.status === undefined || d.status === q.status) &&
            // In force and running out: an expired document is its own filter, not one "expiring" years ago.
            (horizon === null || (d.status === "adopted" && d.validUntil !== null && d.validUntil >= date && d.validUntil <= horizon)),
        )
        .sort((a, b) => a.title.localeCompare(b.title, "sv"))
        .map((d) => ({ ...d, decisionBodyName: unitName.get(d.decisionBodyId) ?? "", owningBodyName: unitName.get(d.owningBodyId) ?? "" }));
      const decisionBodies = units
        .filter((u) => decisionBodyKinds.includes(u.kind))
        .map((u) => ({ id: u.id, name: u.name }))
        .sort((a, b) => a.name.localeCompare(b.name, "sv"));
      return { documents: items, today: date, decisionBodies };
    },

    /**
     * My items' part: the documents the person is responsible for that are expired or due for
     * revision (from the first alert on), most urgent first. One query, by owner.
     */
    async myItems(p: Principal): Promise<MyItem[]> {
      requireMember(p);
      const date = today();
      const [owned, units] = await Promise.all([documents.findOwnedBy(p.tenantId, p.userId), directory.listOrgUnits(p.tenantId)]);
      const names = new Map(units.map((u) => [u.id, u.name]));
      return owned
        .flatMap((d) => {
          const revision = revisionState(effectiveStatus(d.status, d.validUntil, date), d.validUntil, date);
          if (!revision) return [];
          return [
            {
              kind: "document",
              id: d.id,
              title: d.title,
              dueDate: d.validUntil,
              scopeName: names.get(d.owningBodyId) ?? d.owningBodyId,
              href: `#/documents/${encodeURIComponent(d.id)}`,
              revision,
            },
          ];
        })
        .sort((a, b) => a.revision.daysLeft - b.revision.daysLeft);
    },
  };
}

export type RegisterService = ReturnType<typeof createRegisterService>;
