import { type DocumentLibrary, type LibraryColumns, libraryLocationOf } from "../documents/document-library.js";
import type { DocumentRepository } from "../documents/document-repository.js";
import { DomainError, forbidden } from "../shared/errors.js";
import { type Principal, requireMember } from "../shared/principal.js";
import { assertVersion, dataOf } from "../shared/records.js";
import type { Meeting, MeetingDocument } from "./contracts.js";
import { meetingRoles } from "./meeting-access.js";
import { createMeetingContext, type MeetingDeps } from "./meeting-context.js";
import type { FiledData } from "./meeting-repository.js";
import { paragraphText } from "./meeting-rules.js";

export type FilingDeps = MeetingDeps & {
  readonly library: DocumentLibrary;
  readonly documents: Pick<DocumentRepository, "findLibrarySettings">;
};

/** One Word file of a meeting document: the notice, the minutes, or the extract of one §. */
export interface MeetingFile {
  readonly name: string;
  readonly content: Uint8Array;
  /** The § an extract holds; none for the notice and the minutes. */
  readonly paragraph?: number;
}

const wordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const attempts = 10;

/**
 * Files the meeting's notice, or its minutes with an extract per §, in the municipality's
 * document library (the SharePoint library its administrator chose, or the local folder),
 * with the library's columns set — the committee, the meeting's date and the § range — so the
 * minutes read right in SharePoint. Filing again files new versions of the same files.
 */
export function createMeetingFilingService(deps: FilingDeps) {
  const { meetings, library, documents, clock } = deps;
  const context = createMeetingContext(deps);

  return {
    /**
     * Files what the caller saw (`If-Match`, checked before anything is filed); the record of
     * what was filed is then merged into the meeting as it is after the library's writes.
     */
    async fileDocument(p: Principal, id: string, which: MeetingDocument, files: readonly MeetingFile[], etag: string): Promise<Meeting> {
      requireMember(p);
      const [m, units] = await Promise.all([context.meetingOrThrow(p.tenantId, id), context.unitsOf(p.tenantId)]);
      const roles = meetingRoles(p, m);
      if (!roles.plan && !roles.record) throw forbidden("requires_secretary:meetings.file");
      assertVersion(m, etag);
      if (which === "notice" && !m.agenda.published) {
        throw new DomainError("conflict", "The notice is filed once the agenda is published.", {
          details: [{ path: "meeting", reason: "agenda_not_published" }],
        });
      }
      const paragraphs = m.agenda.items.flatMap((i) => (i.decision ? [i.decision.paragraph] : []));
      if (which === "minutes" && paragraphs.length === 0) {
        throw new DomainError("conflict", "There are no decisions to file minutes of.", {
          details: [{ path: "meeting", reason: "meeting_without_decisions" }],
        });
      }
      const at = await libraryLocationOf(library, async (t) => (await documents.findLibrarySettings(t))?.choice ?? null, p.tenantId);
      const bodyName = units.get(m.bodyId)?.name ?? m.bodyId;
      const range = paragraphs.length > 0 ? `${paragraphText(Math.min(...paragraphs))}–${Math.max(...paragraphs)}` : null;
      const filed: FiledData["files"][number][] = [];
      for (const file of files) {
        const item = await library.put(p.tenantId, at, { name: file.name, content: file.content, contentType: wordType }, "impatient");
        const columns: LibraryColumns = {
          title: file.name.replace(/\.docx$/, ""),
          type: which === "notice" ? "Kallelse" : file.paragraph ? "Protokollsutdrag" : "Protokoll",
          owner: m.secretaryName,
          owningBody: bodyName,
          decisionBody: bodyName,
          adopted: m.date,
          version: null,
          lastRevised: m.adjusted?.on ?? null,
          paragraph: file.paragraph ? paragraphText(file.paragraph) : which === "minutes" ? range : null,
          validUntil: null,
          appliesTo: "",
          diaryNumber: null,
        };
        const withColumns = await library.setColumns(p.tenantId, at, item.itemId, columns, "impatient");
        filed.push({ name: file.name, siteId: at.siteId, driveId: at.driveId, itemId: withColumns.itemId, webUrl: withColumns.webUrl });
      }
      const record: FiledData = { files: filed, at: clock.now().toISOString(), by: p.person?.name ?? p.userId };
      for (let i = 0; i < attempts; i++) {
        const current = await context.meetingOrThrow(p.tenantId, id);
        try {
          const saved = await meetings.replace(
            p.tenantId,
            "meeting",
            current,
            { ...dataOf(current), filed: { ...current.filed, [which]: record } },
            current.etag,
            { userId: p.userId, action: `meeting.file.${which}` },
          );
          return context.dtoOf(p, saved, units);
        } catch (error) {
          if (!(error instanceof DomainError && error.code === "precondition_failed")) throw error;
        }
      }
      throw new DomainError("service_unavailable", "Too many changes at once. Try again.", { retryAfterSeconds: 1 });
    },
  };
}

export type MeetingFilingService = ReturnType<typeof createMeetingFilingService>;
