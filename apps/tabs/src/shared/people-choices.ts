import { type PeoplePage, peopleListRoute } from "@kvalitetskedjan/domain";
import { useMemo } from "react";
import type { ApiClient } from "./api/client.js";
import { useRead } from "./api/queries.js";
import type { Choice } from "./choice-field.js";

/** Choices read for a form: the form shows `error` with `retry` when they could not be read. */
export interface Choices<T> {
  readonly choices: readonly T[];
  readonly error: unknown;
  readonly retry: () => void;
}

/** The municipality's active people, to choose a person responsible among (the first 200 by name). */
export function useActivePeople(api: ApiClient, wanted = true): Choices<PeoplePage["people"][number]> {
  const read = useRead(api, peopleListRoute, { query: { limit: 200 } }, { enabled: wanted });
  const choices = useMemo(() => (read.data?.people ?? []).filter((x) => x.active), [read.data]);
  return { choices, error: read.error ?? null, retry: () => void read.refetch() };
}

/** `choices`, with the current values added when they are not (yet) among them. */
export function withCurrent(choices: readonly Choice[], current: readonly { id: string | null; name: string | null }[]): Choice[] {
  const missing = current.filter((c): c is Choice => c.id !== null && c.name !== null && !choices.some((x) => x.id === c.id));
  return [...missing, ...choices];
}
