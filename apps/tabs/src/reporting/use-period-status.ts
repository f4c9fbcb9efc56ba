import { periodStatusGetRoute } from "@kvalitetskedjan/domain";
import type { ApiClient } from "../shared/api/client.js";
import { useRead } from "../shared/api/queries.js";

/** Who is expected to report in the chosen period, and how far each has come; read once a plan year and period are chosen. */
export function usePeriodStatus(api: ApiClient, choice: { readonly yearId: string | null; readonly periodId: string | null }) {
  const { yearId, periodId } = choice;
  return useRead(
    api,
    periodStatusGetRoute,
    { params: { id: yearId ?? "", periodId: periodId ?? "" } },
    { enabled: yearId !== null && periodId !== null },
  );
}
