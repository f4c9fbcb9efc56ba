import { type DocumentSettings, documentTypesGetRoute } from "@kvalitetskedjan/domain";
import { useCallback, useMemo } from "react";
import type { Language } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { useRead } from "../shared/api/queries.js";

/** The municipality's document types (a few), and a type's name in the reader's language. */
export function useTypeNames(api: ApiClient, language: Language) {
  const typesRead = useRead(api, documentTypesGetRoute);
  const types = useMemo<DocumentSettings["types"]>(() => typesRead.data?.types ?? [], [typesRead.data]);
  const typeName = useCallback(
    (key: string) => {
      const type = types.find((x) => x.key === key);
      return (language === "en" ? type?.name.en : undefined) ?? type?.name.sv ?? key;
    },
    [types, language],
  );
  return { typeName, types, typesRead };
}
