import { lazy } from "react";
import { type DetailViewProps, defineTabModule } from "../shared/tab-module.js";

const DocumentsView = lazy(() => import("./documents.js").then((m) => ({ default: m.DocumentsView })));
const DocumentDetailView = lazy(() =>
  import("./document-detail.js").then((m) => ({
    default: ({ api, params: [documentId = ""] }: DetailViewProps) => <m.DocumentDetailView api={api} documentId={documentId} />,
  })),
);

export const documentsTabModule = defineTabModule({
  name: "documents",

  areas: [{ area: "documents", view: DocumentsView }],
  details: [{ name: "document", params: 1, area: "documents", view: DocumentDetailView }],
});
