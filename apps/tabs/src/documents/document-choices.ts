import { documentsListRoute } from "@kvalitetskedjan/domain";
import { useMemo } from "react";
import type { ApiClient } from "../shared/api/client.js";
import { useRead } from "../shared/api/queries.js";
import type { Choice } from "../shared/choice-field.js";
import type { Choices } from "../shared/people-choices.js";

/** The register's documents by title, to choose a parent or a document superseded among. */
export function useDocumentChoices(api: ApiClient, except: string | null, wanted = true): Choices<Choice> {
  const read = useRead(api, documentsListRoute, {}, { enabled: wanted });
  const choices = useMemo(
    () => (read.data?.documents ?? []).filter((d) => d.id !== except).map((d) => ({ id: d.id, name: d.title })),
    [read.data, except],
  );
  return { choices, error: read.error ?? null, retry: () => void read.refetch() };
}
