import { Field, Link, Select, Spinner, Text } from "@fluentui/react-components";
import { type PublicDialogues, publicDialoguesGetRoute } from "@kvalitetskedjan/domain";
import { useCallback, useEffect, useState } from "react";
import { LadderStepText } from "../dialogue/activity-status.js";
import { ResultsView } from "../dialogue/results-view.js";
import { useI18n } from "../i18n/i18n.js";
import { ApiError, routeUrl } from "../shared/api/client.js";
import { ErrorMessage } from "../shared/error-message.js";
import { formatDate } from "../shared/period-name.js";
import { useViewStyles } from "../shared/views.styles.js";

/**
 * The municipality's citizen dialogues for residents (`open.html?tenant=…&view=dialogues`):
 * each activity's promise, its results with every group of fewer than 5 suppressed, and
 * what was done with the input. No sign-in; no person named.
 */
export function PublicDialoguesPage({ tenantId, initialYear }: { tenantId: string; initialYear: string | null }) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const [year, setYear] = useState<string | null>(initialYear);
  const [data, setData] = useState<PublicDialogues | null>(null);
  const [error, setError] = useState<unknown>(null);
  const url = (query: { planYear?: string; format?: "csv"; dataset?: "activities" | "results" }) =>
    routeUrl(publicDialoguesGetRoute, { params: { tenantId }, query });

  const load = useCallback(() => {
    setError(null);
    fetch(routeUrl(publicDialoguesGetRoute, { params: { tenantId }, query: { planYear: year ?? undefined } }))
      .then(async (r) => {
        const body = await r.json().catch(() => ({}));
        if (!r.ok) throw new ApiError(r.status, body.code ?? "generic", body.details ?? [], body.message ?? "");
        setData(body as PublicDialogues);
      })
      .catch(setError);
  }, [tenantId, year]);
  useEffect(load, [load]);
  useEffect(() => {
    if (data) document.title = t("dlg.public.documentTitle", { municipality: data.municipality, year: String(data.planYear) });
  }, [data, t]);

  return (
    <main className={styles.page}>
      {error !== null && (
        <>
          <h1 className={styles.heading}>{t("dlg.public.title")}</h1>
          <ErrorMessage error={error} onRetry={load} />
        </>
      )}
      {!data && error === null && <Spinner label={t("app.loading")} />}
      {data && (
        <>
          <h1 className={styles.heading}>{t("dlg.public.heading", { municipality: data.municipality, year: String(data.planYear) })}</h1>
          <Text>{t("dlg.public.intro")}</Text>
          <div className={styles.row}>
            <Field label={t("goals.planYear")}>
              <Select value={String(data.planYear)} onChange={(_, d) => setYear(d.value)}>
                {data.planYears.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          {data.activities.length === 0 && <Text>{t("dlg.public.none")}</Text>}
          {data.activities.map((a) => (
            <article key={a.id} className={styles.card} aria-labelledby={`activity-${a.id}`}>
              <h2 id={`activity-${a.id}`} className={`${styles.subheading} ${styles.wrap}`}>
                {a.title}
              </h2>
              <Text size={200} className={styles.muted}>
                {t("dlg.period", { start: formatDate(a.startOn, language), end: formatDate(a.endOn, language) })} · {a.responsibleUnitName}{" "}
                · {a.targetGroups.join(", ")} · {t(`dlg.status.${a.status}`)}
              </Text>
              {a.purpose && <Text className={styles.wrap}>{a.purpose}</Text>}
              <LadderStepText step={a.ladderStep} />
              <Text className={styles.wrap}>
                {a.promise.canInfluence ? `${t("dlg.promise.can")}: ${a.promise.canInfluence}` : t("dlg.promise.none")}
              </Text>
              {a.promise.cannotInfluence && (
                <Text className={styles.wrap}>{`${t("dlg.promise.cannot")}: ${a.promise.cannotInfluence}`}</Text>
              )}
              {a.results && (
                <section className={styles.stack} aria-label={`${t("dlg.public.results")}: ${a.title}`}>
                  <ResultsView results={a.results} linkGoals={false} scope={a.title} />
                </section>
              )}
              {a.feedback && (
                <Text
                  className={styles.wrap}
                >{`${t("dlg.trace.feedback", { date: formatDate(a.feedback.givenOn, language), what: a.feedback.whatWasDone })} (${a.feedback.publishedWhere})`}</Text>
              )}
            </article>
          ))}
          <footer className={styles.stack}>
            <ul className={styles.list}>
              <li>
                <Link href={url({ planYear: String(data.planYear), format: "csv", dataset: "activities" })}>
                  {t("dlg.public.csvActivities")}
                </Link>
              </li>
              <li>
                <Link href={url({ planYear: String(data.planYear), format: "csv", dataset: "results" })}>{t("dlg.public.csvResults")}</Link>
              </li>
              <li>
                <Link href={url({ planYear: String(data.planYear) })}>{t("dlg.public.json")}</Link>
              </li>
            </ul>
          </footer>
        </>
      )}
    </main>
  );
}
