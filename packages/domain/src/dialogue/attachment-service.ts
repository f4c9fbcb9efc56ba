import type { DocumentLibrary } from "../documents/document-library.js";
import { libraryLocationOf } from "../documents/document-library.js";
import type { DocumentRepository } from "../documents/document-repository.js";
import { documentFileTypes, extensionOf, fileProblems, isDocumentFileExtension } from "../documents/file-rules.js";
import { DomainError, forbidden, notFound, validationFailed } from "../shared/errors.js";
import { type Principal, requireMember } from "../shared/principal.js";
import { assertVersion, dataOf, newRecordEtag } from "../shared/records.js";
import type { Stored } from "../shared/store.js";
import { createActivityDetail } from "./activity-detail.js";
import type { ActivityDetail } from "./contracts.js";
import { activityRoles } from "./dialogue-access.js";
import { createDialogueContext, type DialogueDeps } from "./dialogue-context.js";
import type { ActivityData, AttachmentData } from "./dialogue-repository.js";

/** Enough for a survey's report, its data and a workshop's notes; more belongs in a SharePoint folder of its own. */
export const maxAttachments = 20;

export type AttachmentDeps = DialogueDeps & {
  readonly library: DocumentLibrary;
  readonly documents: Pick<DocumentRepository, "findLibrarySettings">;
};

/**
 * Files kept with an activity's results, filed in the municipality's document library (the
 * SharePoint library its administrator chose, or the local folder). The activity records
 * where each file is; removing one takes it off the activity and leaves the file in the
 * library, which keeps the municipality's records.
 */
export function createDialogueAttachmentService(deps: AttachmentDeps) {
  const { dialogue, library, documents, clock } = deps;
  const context = createDialogueContext(deps);
  const detail = createActivityDetail(deps, context);

  /** The activity, its year and whether the caller records its results (or 403). */
  async function loadForResults(p: Principal, id: string, action: string) {
    requireMember(p);
    const activity = await context.recordOrThrow(p.tenantId, "dialogueActivity", id, "The activity");
    const [year, results] = await Promise.all([
      context.loadYear(p.tenantId, activity.planYearId),
      dialogue.find(p.tenantId, "dialogueResults", id),
    ]);
    if (!activityRoles(p, activity, year.units, year.rootId).run) throw forbidden(`requires_responsible:activities.${action}`);
    const live = results && !results.deleted ? results : null;
    const answer = (saved: Stored<ActivityData>) => detail(p, saved, year, live, live?.etag ?? newRecordEtag);
    return { activity, answer };
  }

  const attachmentOrThrow = (activity: ActivityData, attachmentId: string): AttachmentData => {
    const found = (activity.attachments ?? []).find((a) => a.id === attachmentId);
    if (!found) throw notFound("The attachment");
    return found;
  };

  return {
    /** Files `file` with the results; the same content again is the same attachment (a retry files nothing twice). */
    async addAttachment(
      p: Principal,
      id: string,
      file: { readonly name: string; readonly content: Uint8Array; readonly sha256: string },
      etag: string,
    ): Promise<ActivityDetail> {
      const { activity, answer } = await loadForResults(p, id, "attachments");
      const attachmentId = deps.ids.idFor("dialogueAttachment", id, file.sha256);
      const attached = activity.attachments ?? [];
      // A retry after the activity was saved: its If-Match is spent, but the file is already there.
      if (attached.some((a) => a.id === attachmentId)) return answer(activity);
      assertVersion(activity, etag);
      if (activity.status === "proposed" || activity.status === "planned") {
        throw new DomainError("conflict", "Files are kept with the results, once the activity is running or held.", {
          details: [{ path: "activity", reason: "activity_not_held" }],
        });
      }
      const problems = fileProblems(file.name, file.content);
      if (problems.length > 0) throw new DomainError("validation_failed", "The file cannot be filed.", { details: problems });
      const ext = extensionOf(file.name);
      if (!isDocumentFileExtension(ext)) throw validationFailed("unsupported_file_type", "Unsupported file type.", "query.name");
      if (attached.length >= maxAttachments) {
        throw validationFailed("too_many_attachments", `At most ${maxAttachments} files per activity.`, "body");
      }
      const at = await libraryLocationOf(library, async (t) => (await documents.findLibrarySettings(t))?.choice ?? null, p.tenantId);
      const contentType = documentFileTypes[ext].contentType;
      // The name is fixed by the activity and the content, so a retry finds its own upload instead of filing a copy.
      const name = `dialog-${id}-${file.sha256.slice(0, 8)}-${file.name.trim()}`;
      const item = await library.put(p.tenantId, at, { name, content: file.content, contentType }, "impatient");
      const attachment: AttachmentData = {
        id: attachmentId,
        name: file.name.trim(),
        size: file.content.length,
        contentType,
        sha256: file.sha256,
        siteId: at.siteId,
        driveId: at.driveId,
        itemId: item.itemId,
        webUrl: item.webUrl,
        addedAt: clock.now().toISOString(),
        addedBy: p.person?.name ?? p.userId,
      };
      const saved = await dialogue.replace(
        p.tenantId,
        "dialogueActivity",
        activity,
        { ...dataOf(activity), attachments: [...attached, attachment] },
        etag,
        { userId: p.userId, action: "dialogueActivity.attach" },
      );
      return answer(saved);
    },

    /** The bytes of an attachment, for those who record the results. */
    async attachmentContent(p: Principal, id: string, attachmentId: string) {
      const { activity } = await loadForResults(p, id, "attachments");
      const a = attachmentOrThrow(activity, attachmentId);
      const bytes = await library.content(p.tenantId, { siteId: a.siteId, driveId: a.driveId }, a.itemId, null);
      if (!bytes) throw notFound("The file in the library");
      return { bytes, name: a.name, contentType: a.contentType };
    },

    /** Takes an attachment off the activity; the file stays in the library. */
    async removeAttachment(p: Principal, id: string, attachmentId: string, etag: string): Promise<ActivityDetail> {
      const { activity, answer } = await loadForResults(p, id, "attachments");
      assertVersion(activity, etag);
      attachmentOrThrow(activity, attachmentId);
      const saved = await dialogue.replace(
        p.tenantId,
        "dialogueActivity",
        activity,
        { ...dataOf(activity), attachments: (activity.attachments ?? []).filter((a) => a.id !== attachmentId) },
        etag,
        { userId: p.userId, action: "dialogueActivity.detach" },
      );
      return answer(saved);
    },
  };
}

export type DialogueAttachmentService = ReturnType<typeof createDialogueAttachmentService>;
