import { documentsListRoute, type Me, type PeoplePage, peopleListRoute } from "@kvalitetskedjan/domain";
import { useEffect, useState } from "react";
import type { ApiClient } from "../shared/api/client.js";
import type { Choice } from "../shared/choice-field.js";

/** The municipality's active people, to choose a person responsible among (the first 200 by name). */
export function useActivePeople(api: ApiClient, wanted = true): PeoplePage["people"] {
  const [people, setPeople] = useState<PeoplePage["people"]>([]);
  useEffect(() => {
    if (!wanted) return;
    api
      .read(peopleListRoute, { query: { limit: 200 } })
      .then((p) => setPeople(p.people.filter((x) => x.active)))
      .catch(() => undefined);
  }, [api, wanted]);
  return people;
}

/** The register's documents by title, to choose a parent or a document superseded among. */
export function useDocumentChoices(api: ApiClient, except: string | null, wanted = true): Choice[] {
  const [documents, setDocuments] = useState<Choice[]>([]);
  useEffect(() => {
    if (!wanted) return;
    api
      .read(documentsListRoute)
      .then((r) => setDocuments(r.documents.filter((d) => d.id !== except).map((d) => ({ id: d.id, name: d.title }))))
      .catch(() => undefined);
  }, [api, except, wanted]);
  return documents;
}

/** `choices`, with the current values added when they are not (yet) among them. */
export function withCurrent(choices: readonly Choice[], current: readonly { id: string | null; name: string | null }[]): Choice[] {
  const missing = current.filter((c): c is Choice => c.id !== null && c.name !== null && !choices.some((x) => x.id === c.id));
  return [...missing, ...choices];
}

/** Whether the signed-in person may change documents at all (the API decides per document). */
export const mayEditDocuments = (me: Me) => me.responsibilities.some((r) => r.role === "administrator" || r.role === "documentOwner");
