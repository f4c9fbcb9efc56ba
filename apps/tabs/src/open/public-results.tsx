import { Field, FluentProvider, Link, Select, Spinner, Text } from "@fluentui/react-components";
import { type PublicResults, publicResultsGetRoute } from "@kvalitetskedjan/domain";
import { useCallback, useEffect, useMemo, useState } from "react";
import { I18nProvider, type Language, languageOf, useI18n } from "../i18n/i18n.js";
import { ApiError, routeUrl } from "../shared/api/client.js";
import { DataTable } from "../shared/data-table.js";
import { ErrorMessage } from "../shared/error-message.js";
import { formatDate, formatNumber, periodName } from "../shared/period-name.js";
import { AssessmentText } from "../shared/status.js";
import { useViewStyles } from "../shared/views.styles.js";
import { fluentTheme, themeFromQuery } from "../theme.js";
import { PublicDialoguesPage } from "./public-dialogues.js";

const query = new URLSearchParams(window.location.search);

/**
 * The municipality's public results page: no sign-in, approved results only, nothing
 * personal. `?tenant=` names the municipality; Swedish, or English with `?lang=en`;
 * `?theme=` as for the tabs; `?view=dialogues` shows its citizen dialogues instead.
 */
export function PublicResultsApp() {
  // The municipality's own language unless the reader asks for English: a public Swedish service.
  const language: Language = languageOf(query.get("lang"));
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <FluentProvider theme={fluentTheme[themeFromQuery(window.location.search)]}>
      <I18nProvider language={language}>
        {query.get("view") === "dialogues" ? (
          <PublicDialoguesPage tenantId={query.get("tenant") ?? ""} initialYear={query.get("planYear")} />
        ) : (
          <PublicResultsPage tenantId={query.get("tenant") ?? ""} />
        )}
      </I18nProvider>
    </FluentProvider>
  );
}

function PublicResultsPage({ tenantId }: { tenantId: string }) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const [year, setYear] = useState<string | null>(query.get("planYear"));
  const [results, setResults] = useState<PublicResults | null>(null);
  const [error, setError] = useState<unknown>(null);

  const dataUrl = (planYear: number | string, format: { format?: "csv"; dataset?: "indicators" | "goals" }) =>
    routeUrl(publicResultsGetRoute, { params: { tenantId }, query: { planYear: String(planYear), ...format } });

  const load = useCallback(() => {
    setError(null);
    fetch(routeUrl(publicResultsGetRoute, { params: { tenantId }, query: { planYear: year ?? undefined } }))
      .then(async (r) => {
        const body = await r.json().catch(() => ({}));
        if (!r.ok) throw new ApiError(r.status, body.code ?? "generic", body.details ?? [], body.message ?? "");
        setResults(body as PublicResults);
      })
      .catch(setError);
  }, [tenantId, year]);
  useEffect(load, [load]);

  useEffect(() => {
    if (results) document.title = t("public.documentTitle", { municipality: results.municipality, year: String(results.planYear) });
  }, [results, t]);

  const owners = useMemo(() => {
    if (!results) return [];
    const names = [...new Set(results.goals.map((g) => g.owner))];
    return names.map((owner) => ({ owner, goals: results.goals.filter((g) => g.owner === owner) }));
  }, [results]);

  const number = (v: number | null) => formatNumber(v, language);
  const periodOf = (id: string) => results?.periods.find((p) => p.id === id);
  const nameOf = (id: string) => {
    const p = periodOf(id);
    return p ? periodName(p, language) : id;
  };

  return (
    <main className={styles.page}>
      {error !== null && (
        <>
          <h1 className={styles.heading}>{t("public.title")}</h1>
          <ErrorMessage error={error} onRetry={load} />
        </>
      )}
      {!results && error === null && <Spinner label={t("app.loading")} />}
      {results && (
        <>
          <h1 className={styles.heading}>{t("public.heading", { municipality: results.municipality, year: String(results.planYear) })}</h1>
          <Text>{t("public.intro")}</Text>
          <Text className={styles.wrap}>{t("goals.vision", { vision: results.vision })}</Text>
          <div className={styles.row}>
            <Field label={t("goals.planYear")}>
              <Select value={String(results.planYear)} onChange={(_, d) => setYear(d.value)}>
                {results.planYears.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          {results.periods.length === 0 && <Text>{t("public.noResults")}</Text>}
          {owners.map(({ owner, goals }) => (
            <section key={owner} className={styles.stack} aria-labelledby={`owner-${owner}`}>
              <h2 id={`owner-${owner}`} className={styles.subheading}>
                {owner}
              </h2>
              {goals.map((g) => {
                const indicators = results.indicators.filter((i) => i.goalId === g.id);
                return (
                  <article key={g.id} className={styles.card} aria-label={g.title}>
                    <Text size={200} className={styles.muted}>
                      {g.area ? `${g.level} · ${g.area}` : g.level}
                    </Text>
                    <h3 className={`${styles.subheading} ${styles.wrap}`}>{g.title}</h3>
                    {g.assessments.length === 0 ? (
                      <Text size={200}>{t("public.notAssessed")}</Text>
                    ) : (
                      <ul className={styles.list}>
                        {g.assessments.map((a) => (
                          <li key={a.periodId}>
                            <AssessmentText value={a.assessment} prefix={(text) => `${nameOf(a.periodId)}: ${text}`} />
                          </li>
                        ))}
                      </ul>
                    )}
                    {indicators.map((i) => (
                      <DataTable
                        key={i.id}
                        label={t("goals.indicator", { title: i.title, unit: i.unit })}
                        columns={[t("reporting.period"), t("detail.total"), t("detail.women"), t("detail.men"), t("detail.target")]}
                        rows={
                          i.outcomes.length === 0
                            ? [{ key: "none", cells: [t("detail.noValues"), "–", "–", "–", number(i.target)] }]
                            : i.outcomes.map((o) => ({
                                key: o.periodId,
                                cells: [nameOf(o.periodId), number(o.total), number(o.women), number(o.men), number(i.target)],
                              }))
                        }
                      />
                    ))}
                  </article>
                );
              })}
            </section>
          ))}
          <footer className={styles.stack}>
            <Text size={200}>{t("public.license", { license: results.license, date: formatDate(results.publishedAt, language) })}</Text>
            <ul className={styles.list}>
              <li>
                <Link href={dataUrl(results.planYear, { format: "csv", dataset: "indicators" })}>{t("open.csvIndicators")}</Link>
              </li>
              <li>
                <Link href={dataUrl(results.planYear, { format: "csv", dataset: "goals" })}>{t("open.csvGoals")}</Link>
              </li>
              <li>
                <Link href={dataUrl(results.planYear, {})}>{t("open.json")}</Link>
              </li>
            </ul>
          </footer>
        </>
      )}
    </main>
  );
}
