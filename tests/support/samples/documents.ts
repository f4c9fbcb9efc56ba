import { defaultDocumentTypes } from "@kvalitetskedjan/domain";
import type { DemoTenant } from "../../../functions/src/local/demo-data.js";
import type { SampleRequest, Targets } from "../catalogue.js";
import { docxBytes } from "../files.js";

/** A well-formed request for each route of the documents module: governing documents, their types, files and library. */
export const documentsSamples = (t: Targets, tenant: DemoTenant): Record<string, SampleRequest> => ({
  "document-types-get": { method: "GET", path: "/api/document-types", write: false },
  "document-types-update": {
    method: "PUT",
    path: "/api/document-types",
    body: { types: defaultDocumentTypes, publishRegister: true },
    ifMatch: true,
    write: true,
  },
  "public-documents-get": { method: "GET", path: `/api/public/${tenant.id}/documents`, write: false },
  "documents-list": { method: "GET", path: "/api/documents?expiringWithinDays=180", write: false },
  "document-get": { method: "GET", path: `/api/documents/${t.document}`, write: false },
  "document-records-get": { method: "GET", path: `/api/documents/${t.document}/records`, write: false },
  "document-dispose": {
    method: "POST",
    path: `/api/documents/${t.document}/disposal`,
    body: { decisionReference: "KS 2026/200", decisionDate: "2026-11-02", reason: "Upphävd och ersatt." },
    ifMatch: true,
    write: true,
  },
  "document-create": {
    method: "POST",
    path: "/api/documents",
    body: {
      title: "Riktlinje för synpunkter",
      typeKey: "riktlinje",
      decisionBodyId: t.committee,
      ownerPersonId: t.person,
      owningBodyId: t.committee,
    },
    write: true,
  },
  "document-update": {
    method: "PATCH",
    path: `/api/documents/${t.document}`,
    body: { diaryNumber: "KS 2026/12" },
    ifMatch: true,
    write: true,
  },
  "document-transition": {
    method: "POST",
    path: `/api/documents/${t.document}/transitions`,
    body: { action: "startRevision" },
    ifMatch: true,
    write: true,
  },
  "document-file-upload": {
    method: "PUT",
    path: `/api/documents/${t.document}/file?name=Policy.docx`,
    file: { bytes: docxBytes("Policy"), contentType: "application/octet-stream" },
    ifMatch: true,
    write: true,
  },
  "document-file-get": { method: "GET", path: `/api/documents/${t.document}/file?version=1`, write: false },
  "document-library-view": { method: "GET", path: `/api/documents/${t.document}/library`, write: false },
  "document-library-get": { method: "GET", path: "/api/document-library", write: false },
  "document-library-candidates": {
    method: "GET",
    path: `/api/document-library/candidates?siteUrl=${encodeURIComponent("https://kommun.sharepoint.com/sites/styrdokument")}`,
    write: false,
  },
  "document-library-update": {
    method: "PUT",
    path: "/api/document-library",
    body: { siteUrl: "https://kommun.sharepoint.com/sites/styrdokument", driveId: "styrande-dokument" },
    ifMatch: true,
    write: true,
  },
});
