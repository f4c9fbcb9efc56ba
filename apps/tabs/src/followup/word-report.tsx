import { Button, Field, Select, Text } from "@fluentui/react-components";
import { type PlanYear, reportDocxGetRoute } from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { ErrorMessage } from "../shared/error-message.js";
import { saveFile } from "../shared/save-file.js";
import { useAction } from "../shared/use-action.js";
import { useViewStyles } from "../shared/views.styles.js";

/** The goal section as a Word document, for a committee or the whole municipality. */
export function WordReport({
  api,
  year,
  periodId,
  owners,
}: {
  api: ApiClient;
  year: PlanYear;
  periodId: string;
  owners: readonly { id: string; name: string }[];
}) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const [scope, setScope] = useState("");
  const { busy, error, run } = useAction();
  const download = () =>
    run(async () => {
      const blob = await api.read(reportDocxGetRoute, {
        params: { id: year.id, periodId },
        query: { locale: language, scopeId: scope || undefined },
      });
      saveFile(blob, `malavsnitt-${year.id}-${periodId}-${scope || "kommunen"}.docx`);
    });
  return (
    <section className={styles.stack} aria-labelledby="word-heading">
      <h2 id="word-heading" className={styles.subheading}>
        {t("word.title")}
      </h2>
      <Text>{t("word.intro")}</Text>
      <div className={styles.form}>
        <Field label={t("word.scope")}>
          <Select value={scope} onChange={(_, d) => setScope(d.value)}>
            <option value="">{t("word.municipality")}</option>
            {owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={download} disabled={busy}>
          {t("word.download")}
        </Button>
        {error !== null && <ErrorMessage error={error} />}
      </div>
    </section>
  );
}
