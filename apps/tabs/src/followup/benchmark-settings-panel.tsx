import { Spinner } from "@fluentui/react-components";
import { goalSettingsGetRoute } from "@kvalitetskedjan/domain";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { failureOf, useRead, useSetRead } from "../shared/api/queries.js";
import { ErrorMessage } from "../shared/error-message.js";
import { useViewStyles } from "../shared/views.styles.js";
import { BenchmarkSettingsForm } from "./benchmark-open-data.js";

/** Administration's panel for the benchmark (Kolada code and comparison group) and publishing results as open data. */
export function BenchmarkSettingsPanel({ api }: { api: ApiClient }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const read = useRead(api, goalSettingsGetRoute);
  const setRead = useSetRead();
  const { error, retry } = failureOf(read);
  if (error !== null) return <ErrorMessage error={error} onRetry={retry} />;
  if (!read.data) return <Spinner label={t("app.loading")} />;
  return (
    <section className={styles.card}>
      <BenchmarkSettingsForm api={api} settings={read.data} onSaved={(s) => setRead(goalSettingsGetRoute, {}, s)} />
    </section>
  );
}
