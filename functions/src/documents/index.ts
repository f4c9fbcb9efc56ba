import { defineModule } from "../platform/module.js";
import documentAlertsTimer from "./document-alerts-timer.js";
import documentCreate from "./document-create.js";
import documentDispose from "./document-dispose.js";
import documentFileGet from "./document-file-get.js";
import documentFileUpload from "./document-file-upload.js";
import documentGet from "./document-get.js";
import documentLibraryCandidates from "./document-library-candidates.js";
import documentLibraryGet from "./document-library-get.js";
import documentLibrarySyncTimer from "./document-library-sync-timer.js";
import documentLibraryUpdate from "./document-library-update.js";
import documentLibraryView from "./document-library-view.js";
import documentRecordsGet from "./document-records-get.js";
import documentTransition from "./document-transition.js";
import documentTypesGet from "./document-types-get.js";
import documentTypesUpdate from "./document-types-update.js";
import documentUpdate from "./document-update.js";
import documentsList from "./documents-list.js";
import publicDocumentsGet from "./public-documents-get.js";

/** Governing documents: the register, files in SharePoint, revisions, alerts and records. */
export const documentsModule = defineModule({
  name: "documents",
  routes: [
    documentCreate,
    documentDispose,
    documentFileGet,
    documentFileUpload,
    documentGet,
    documentLibraryCandidates,
    documentLibraryGet,
    documentLibraryUpdate,
    documentLibraryView,
    documentRecordsGet,
    documentTransition,
    documentTypesGet,
    documentTypesUpdate,
    documentUpdate,
    documentsList,
    publicDocumentsGet,
  ],
  timers: [documentAlertsTimer, documentLibrarySyncTimer],
  containers: ["documents"],
});
