import { Caption1, Combobox, Field, makeStyles, Option, tokens } from "@fluentui/react-components";
import { type KoladaKpi, koladaKpiSearchRoute } from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import { type ApiClient, ApiError } from "../shared/api/client.js";
import { useRead } from "../shared/api/queries.js";
import { ErrorMessage } from "../shared/error-message.js";
import { useDebounced } from "../shared/use-debounced.js";

const useStyles = makeStyles({
  option: { display: "flex", flexDirection: "column" },
  meta: { color: tokens.colorNeutralForeground2 },
});

/**
 * Searches Kolada's KPI catalogue as one types (words of the title, or the id) and hands
 * the chosen KPI to the form, which takes its id, and its title and gender split where
 * the planner has not set them.
 */
export function KoladaKpiPicker({ api, onPick }: { api: ApiClient; onPick: (kpi: KoladaKpi) => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const [text, setText] = useState("");
  const searched = useDebounced(text.trim(), 300);
  const found = useRead(api, koladaKpiSearchRoute, { query: { q: searched } }, { enabled: searched.length >= 2, keepPrevious: true });
  const kpis = searched.length >= 2 ? (found.data?.items ?? []) : [];
  const down = found.error instanceof ApiError && found.error.status === 503;
  return (
    <>
      <Field label={t("goals.kpiSearch.label")} hint={t("goals.kpiSearch.hint")}>
        <Combobox
          freeform
          value={text}
          onChange={(e) => setText(e.target.value)}
          onOptionSelect={(_, d) => {
            const kpi = kpis.find((k) => k.id === d.optionValue);
            if (!kpi) return;
            setText(kpi.title);
            onPick(kpi);
          }}
        >
          {kpis.map((k) => (
            <Option key={k.id} value={k.id} text={k.title}>
              <span className={styles.option}>
                <span>{k.title}</span>
                <Caption1 className={styles.meta}>
                  {[k.id, k.operatingArea, k.dividedByGender ? t("goals.kpiSearch.byGender") : ""].filter(Boolean).join(" · ")}
                </Caption1>
              </span>
            </Option>
          ))}
          {searched.length >= 2 && found.isSuccess && kpis.length === 0 && (
            <Option value="" text="" disabled>
              {t("goals.kpiSearch.none")}
            </Option>
          )}
        </Combobox>
      </Field>
      {found.data?.more === true && <Caption1>{t("goals.kpiSearch.more")}</Caption1>}
      {found.isError &&
        (down ? (
          <ErrorMessage error={null} message={t("goals.kpiSearch.unavailable")} />
        ) : (
          <ErrorMessage error={found.error} onRetry={() => void found.refetch()} />
        ))}
    </>
  );
}
