// The documents module's routes in the API's catalogue (see shared/api-route.ts).
import type { z } from "zod";
import type {
  CreateDocumentBody,
  DisposeDocumentBody,
  DocumentFileGetQuery,
  DocumentFileQuery,
  DocumentLibraryBody,
  DocumentLibrarySettings,
  DocumentLibraryView,
  DocumentListQuery,
  DocumentRecordsExport,
  DocumentRegister,
  DocumentSettings,
  DocumentSettingsBody,
  DocumentTransitionBody,
  GoverningDocument,
  KeyParams,
  LibraryCandidates,
  LibraryCandidatesQuery,
  PublicRegister,
  PublicRegisterQuery,
  PublicResultsParams,
  UpdateDocumentBody,
} from "../index.js";
import { type ApiFile, apiRoute } from "../shared/api-route.js";

export const documentCreateRoute = apiRoute<undefined, undefined, z.input<typeof CreateDocumentBody>, z.output<typeof GoverningDocument>>(
  "document-create",
  "POST",
  "documents",
);
export const documentDisposeRoute = apiRoute<z.input<typeof KeyParams>, undefined, z.input<typeof DisposeDocumentBody>, null>(
  "document-dispose",
  "POST",
  "documents/{id}/disposal",
);
export const documentFileGetRoute = apiRoute<z.input<typeof KeyParams>, z.input<typeof DocumentFileGetQuery>, undefined, ApiFile>(
  "document-file-get",
  "GET",
  "documents/{id}/file",
);
export const documentFileUploadRoute = apiRoute<
  z.input<typeof KeyParams>,
  z.input<typeof DocumentFileQuery>,
  ApiFile,
  z.output<typeof GoverningDocument>
>("document-file-upload", "PUT", "documents/{id}/file", { fileBody: true });
export const documentGetRoute = apiRoute<z.input<typeof KeyParams>, undefined, undefined, z.output<typeof GoverningDocument>>(
  "document-get",
  "GET",
  "documents/{id}",
);
export const documentLibraryCandidatesRoute = apiRoute<
  undefined,
  z.input<typeof LibraryCandidatesQuery>,
  undefined,
  z.output<typeof LibraryCandidates>
>("document-library-candidates", "GET", "document-library/candidates");
export const documentLibraryGetRoute = apiRoute<undefined, undefined, undefined, z.output<typeof DocumentLibrarySettings>>(
  "document-library-get",
  "GET",
  "document-library",
);
export const documentLibraryUpdateRoute = apiRoute<
  undefined,
  undefined,
  z.input<typeof DocumentLibraryBody>,
  z.output<typeof DocumentLibrarySettings>
>("document-library-update", "PUT", "document-library");
export const documentLibraryViewRoute = apiRoute<z.input<typeof KeyParams>, undefined, undefined, z.output<typeof DocumentLibraryView>>(
  "document-library-view",
  "GET",
  "documents/{id}/library",
);
export const documentRecordsGetRoute = apiRoute<z.input<typeof KeyParams>, undefined, undefined, z.output<typeof DocumentRecordsExport>>(
  "document-records-get",
  "GET",
  "documents/{id}/records",
);
export const documentTransitionRoute = apiRoute<
  z.input<typeof KeyParams>,
  undefined,
  z.input<typeof DocumentTransitionBody>,
  z.output<typeof GoverningDocument>
>("document-transition", "POST", "documents/{id}/transitions");
export const documentTypesGetRoute = apiRoute<undefined, undefined, undefined, z.output<typeof DocumentSettings>>(
  "document-types-get",
  "GET",
  "document-types",
);
export const documentTypesUpdateRoute = apiRoute<
  undefined,
  undefined,
  z.input<typeof DocumentSettingsBody>,
  z.output<typeof DocumentSettings>
>("document-types-update", "PUT", "document-types");
export const documentUpdateRoute = apiRoute<
  z.input<typeof KeyParams>,
  undefined,
  z.input<typeof UpdateDocumentBody>,
  z.output<typeof GoverningDocument>
>("document-update", "PATCH", "documents/{id}");
export const documentsListRoute = apiRoute<undefined, z.input<typeof DocumentListQuery>, undefined, z.output<typeof DocumentRegister>>(
  "documents-list",
  "GET",
  "documents",
);
export const publicDocumentsGetRoute = apiRoute<
  z.input<typeof PublicResultsParams>,
  z.input<typeof PublicRegisterQuery>,
  undefined,
  z.output<typeof PublicRegister> | ApiFile
>("public-documents-get", "GET", "public/{tenantId}/documents");
