import { Button, Checkbox, Field, Input, Link, MessageBar, MessageBarBody, Select, Text } from "@fluentui/react-components";
import {
  type FinanceView,
  financeGetRoute,
  financeImportRoute,
  financeSaveRoute,
  type GoalSettings,
  goalSettingsGetRoute,
  goalSettingsUpdateRoute,
  type KoladaImportResult,
  koladaImportRoute,
  type Me,
  type PlanYear,
  publicResultsGetRoute,
  reportDocxGetRoute,
} from "@kvalitetskedjan/domain";
import { useCallback, useEffect, useMemo, useState } from "react";
import { hasMessage, type Language, useI18n } from "../i18n/i18n.js";
import { type ApiClient, ApiError, routeUrl } from "../shared/api/client.js";
import { DataTable } from "../shared/data-table.js";
import { describeError, ErrorMessage } from "../shared/error-message.js";
import { ErrorSummary } from "../shared/error-summary.js";
import { FileField } from "../shared/file-field.js";
import { formatNumber, periodName } from "../shared/period-name.js";
import { saveFile } from "../shared/save-file.js";
import { ReportStatusText } from "../shared/status.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useAction } from "../shared/use-action.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";

/** Each problem of a refused file on its own line: "Rad 3: okänd nämnd". */
function FileErrors({ error }: { error: unknown }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  if (!error) return null;
  const lines =
    error instanceof ApiError
      ? error.details.flatMap((d) => {
          const line = /\.line\.(\d+)/.exec(d.path ?? "")?.[1];
          const key = `reason.${d.reason}`;
          const reason = hasMessage(key) ? t(key) : (d.message ?? d.reason);
          const choices = d.choices?.length ? ` ${t("files.choices", { choices: d.choices.join(", ") })}` : "";
          return line ? [`${t("files.lineError", { line, reason })}${choices}`] : [];
        })
      : [];
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        {describeError(error, t)}
        {lines.length > 0 && (
          <ul className={styles.list}>
            {lines.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

const readFile = (file: File) => file.text();

/** Cost beside quality: each committee's net cost, budget and cost per resident beside its results. */
export function CostPanel({ api, year, periodId }: { api: ApiClient; year: PlanYear; periodId: string }) {
  const styles = useViewStyles();
  const { t, tp, language } = useI18n();
  const [view, setView] = useState<FinanceView | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [residents, setResidents] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const params = useMemo(() => ({ id: year.id }), [year.id]);

  const load = useCallback(() => {
    setLoadError(null);
    api
      .read(financeGetRoute, { params })
      .then((v) => {
        setView(v);
        setResidents(v.residents === null ? "" : String(v.residents));
      })
      .catch(setLoadError);
  }, [api, params]);
  useEffect(load, [load]);

  const number = (v: number | null) => formatNumber(v, language);
  if (loadError) return <ErrorMessage error={loadError} onRetry={load} />;
  if (!view) return null;
  const rows = view.rows.filter((r) => r.periodId === periodId);

  const saveResidents = () =>
    run(async () => {
      setSaved(null);
      const count = Number(residents.replace(/\s/g, ""));
      const res = await api.call(financeSaveRoute, {
        params,
        body: { residents: residents.trim() === "" ? null : count, entries: view.rows.map(entryOf) },
        ifMatch: view.etag,
      });
      setView(res.data);
      setSaved(t("cost.residentsSaved"));
    });
  const importCsv = () =>
    run(async () => {
      setSaved(null);
      if (!file) return;
      const res = await api.call(financeImportRoute, { params, body: { csv: await readFile(file) }, ifMatch: view.etag });
      setView(res.data);
      setSaved(tp("cost.imported", res.data.rows.length));
    });

  return (
    <section className={styles.stack} aria-labelledby="cost-heading">
      <h2 id="cost-heading" className={styles.subheading}>
        {t("cost.title")}
      </h2>
      <Text>{t("cost.intro")}</Text>
      {rows.length === 0 ? (
        <Text>{t("cost.none")}</Text>
      ) : (
        <DataTable
          label={t("cost.table")}
          columns={[t("cost.owner"), t("cost.netCost"), t("cost.budget"), t("cost.deviation"), t("cost.perResident"), t("cost.results")]}
          rows={rows.map((r) => ({
            key: r.ownerScopeId,
            cells: [
              r.ownerName,
              number(r.netCost),
              number(r.budget),
              number(r.deviation),
              number(r.netCostPerResident),
              <div key="results" className={styles.stack}>
                <ReportStatusText status={r.reportStatus} />
                <Text size={200}>
                  {t("cost.counts", {
                    fulfilled: String(r.results.fulfilled),
                    partly: String(r.results.partlyFulfilled),
                    not: String(r.results.notFulfilled),
                  })}
                </Text>
              </div>,
            ],
          }))}
        />
      )}
      {view.residents === null && <Text size={200}>{t("cost.noResidents")}</Text>}
      {view.allowed.edit && (
        <div className={styles.form}>
          <Field label={t("cost.residents")}>
            <Input inputMode="numeric" value={residents} onChange={(_, d) => setResidents(d.value)} />
          </Field>
          <Button onClick={saveResidents} disabled={busy}>
            {t("cost.saveResidents")}
          </Button>
          <FileField label={t("cost.csv")} hint={t("cost.csvHint")} accept=".csv,text/csv" onFile={setFile} />
          <Button onClick={() => saveFile(costTemplate(view, year, periodId, language), t("cost.templateFile"))}>
            {t("cost.template")}
          </Button>
          <Button appearance="primary" onClick={importCsv} disabled={busy || !file}>
            {t("cost.import")}
          </Button>
          <SuccessNotice message={saved} />
          <FileErrors error={error} />
        </div>
      )}
    </section>
  );
}

/**
 * A CSV to fill in: the period and every committee by the names the screen shows, amounts
 * empty, `;`-separated with a BOM as Swedish Excel reads it; what the import takes back.
 */
function costTemplate(view: FinanceView, year: PlanYear, periodId: string, language: Language): Blob {
  const period = year.periods.find((x) => x.id === periodId);
  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
  const header = language === "sv" ? ["period", "nämnd", "nettokostnad", "budget"] : ["period", "committee", "netCost", "budget"];
  const rows = view.owners.map((o) => [period ? periodName(period, language) : periodId, o.name, "", ""]);
  const text = [header, ...rows].map((r) => r.map(quote).join(";")).join("\r\n");
  return new Blob([`\ufeff${text}\r\n`], { type: "text/csv;charset=utf-8" });
}

const entryOf = (r: FinanceView["rows"][number]) => ({
  periodId: r.periodId,
  ownerScopeId: r.ownerScopeId,
  netCost: r.netCost,
  budget: r.budget,
});

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

/** Kolada benchmark import and the open-data links. */
export function BenchmarkAndOpenData({ api, me, year, isAdmin }: { api: ApiClient; me: Me; year: PlanYear; isAdmin: boolean }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const [settings, setSettings] = useState<GoalSettings | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<KoladaImportResult | null>(null);
  const { busy, error, run } = useAction();
  useEffect(() => {
    api
      .read(goalSettingsGetRoute)
      .then(setSettings)
      .catch(() => setSettings(null));
  }, [api]);
  if (!settings) return null;

  const importFile = () =>
    run(async () => {
      setResult(null);
      if (!file) return;
      let document: unknown;
      try {
        document = JSON.parse(await readFile(file));
      } catch {
        throw new ApiError(400, "validation_failed", [{ path: "body.document", reason: "kolada_malformed" }], "not JSON");
      }
      setResult((await api.call(koladaImportRoute, { body: { source: "file", document } })).data);
    });
  const fetchKolada = () =>
    run(async () => {
      setResult(null);
      const years = [year.year - 3, year.year - 2, year.year - 1];
      setResult((await api.call(koladaImportRoute, { body: { source: "api", planYearId: year.id, years } })).data);
    });
  const open = `/open.html?tenant=${encodeURIComponent(me.tenant.id)}`;
  const data = (query: { format?: "csv"; dataset?: "indicators" | "goals" }) =>
    routeUrl(publicResultsGetRoute, { params: { tenantId: me.tenant.id }, query: { planYear: String(year.year), ...query } });

  return (
    <section className={styles.stack} aria-labelledby="open-heading">
      <h2 id="open-heading" className={styles.subheading}>
        {t("open.title")}
      </h2>
      {settings.publishResults ? (
        <ul className={styles.list}>
          <li>
            <Link href={open} target="_blank">
              {t("open.page")}
            </Link>
          </li>
          <li>
            <Link href={data({ format: "csv", dataset: "indicators" })}>{t("open.csvIndicators")}</Link>
          </li>
          <li>
            <Link href={data({ format: "csv", dataset: "goals" })}>{t("open.csvGoals")}</Link>
          </li>
          <li>
            <Link href={data({})}>{t("open.json")}</Link>
          </li>
        </ul>
      ) : (
        <Text>{t("open.notPublished")}</Text>
      )}
      {settings.benchmark ? (
        <Text>{t("kolada.group", { group: settings.benchmark.comparisonGroup.name, code: settings.benchmark.municipalityId })}</Text>
      ) : (
        <Text>{t("kolada.notConfigured")}</Text>
      )}
      {isAdmin && <BenchmarkSettingsForm api={api} settings={settings} onSaved={setSettings} />}
      {isAdmin && settings.benchmark && (
        <div className={styles.form}>
          <FileField label={t("kolada.file")} hint={t("kolada.fileHint")} accept=".json,application/json" onFile={setFile} />
          <div className={styles.row}>
            <Button appearance="primary" onClick={importFile} disabled={busy || !file}>
              {t("kolada.importFile")}
            </Button>
            <Button onClick={fetchKolada} disabled={busy}>
              {t("kolada.fetch")}
            </Button>
          </div>
          <SuccessNotice
            message={
              result &&
              t("kolada.imported", {
                kpis: result.imported.map((i) => `${i.kpiId} (${i.points})`).join(", ") || "–",
                ignored: result.ignoredKpiIds.join(", ") || "–",
              })
            }
          />
          {error !== null && <ErrorMessage error={error} />}
        </div>
      )}
    </section>
  );
}

/** The administrator sets the Kolada code and comparison group, and whether results are published. */
function BenchmarkSettingsForm({ api, settings, onSaved }: { api: ApiClient; settings: GoalSettings; onSaved: (s: GoalSettings) => void }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const [code, setCode] = useState(settings.benchmark?.municipalityId ?? "");
  const [groupName, setGroupName] = useState(settings.benchmark?.comparisonGroup.name ?? "");
  const [codes, setCodes] = useState(settings.benchmark?.comparisonGroup.municipalityIds.join(", ") ?? "");
  const [publish, setPublish] = useState(settings.publishResults);
  const [saved, setSaved] = useState(false);
  const hasBenchmark = code.trim() !== "";
  const form = useFormSubmit(
    ["body.benchmark.municipalityId", "body.benchmark.comparisonGroup.name", "body.benchmark.comparisonGroup.municipalityIds"],
    hasBenchmark
      ? {
          "body.benchmark.comparisonGroup.name": groupName.trim() !== "",
          "body.benchmark.comparisonGroup.municipalityIds": codes.trim() !== "",
        }
      : {},
    async () => {
      setSaved(false);
      const benchmark = hasBenchmark
        ? {
            municipalityId: code.trim(),
            comparisonGroup: {
              name: groupName.trim(),
              municipalityIds: codes
                .split(/[\s,;]+/)
                .map((c) => c.trim())
                .filter((c) => c !== ""),
            },
          }
        : null;
      const res = await api.call(goalSettingsUpdateRoute, {
        body: { levels: settings.levels, maxGoalsPerOwner: settings.maxGoalsPerOwner, benchmark, publishResults: publish },
        ifMatch: settings.etag,
      });
      onSaved(res.data);
      setSaved(true);
    },
  );
  // A bad code anywhere in the list (`…municipalityIds.N`) is reported on the list's field.
  const codesPath = "body.benchmark.comparisonGroup.municipalityIds";
  const badCode = form.error instanceof ApiError ? form.error.details.find((d) => d.path?.startsWith(`${codesPath}.`))?.path : undefined;
  const codesError = form.messageFor(codesPath) ?? (badCode ? form.messageFor(badCode) : null);
  const codeError = form.messageFor("body.benchmark.municipalityId");
  const nameError = form.messageFor("body.benchmark.comparisonGroup.name");
  return (
    <form className={styles.form} aria-labelledby="benchmark-settings-heading" onSubmit={form.submit} noValidate>
      <h3 id="benchmark-settings-heading" className={styles.subheading}>
        {t("settings.title")}
      </h3>
      <Field
        label={t("settings.code")}
        hint={t("settings.codeHint")}
        validationState={codeError ? "error" : "none"}
        validationMessage={codeError}
      >
        <Input value={code} inputMode="numeric" maxLength={4} onChange={(_, d) => setCode(d.value)} />
      </Field>
      <Field label={t("settings.groupName")} validationState={nameError ? "error" : "none"} validationMessage={nameError}>
        <Input value={groupName} maxLength={200} onChange={(_, d) => setGroupName(d.value)} />
      </Field>
      <Field
        label={t("settings.groupCodes")}
        hint={t("settings.groupCodesHint")}
        validationState={codesError ? "error" : "none"}
        validationMessage={codesError}
      >
        <Input value={codes} onChange={(_, d) => setCodes(d.value)} />
      </Field>
      <Checkbox checked={publish} onChange={(_, d) => setPublish(d.checked === true)} label={t("settings.publish")} />
      <Button type="submit" disabled={form.busy}>
        {t("settings.save")}
      </Button>
      <SuccessNotice message={saved ? t("settings.saved") : null} />
      <ErrorSummary form={form} />
      {form.general !== null && <ErrorMessage error={form.general} />}
    </form>
  );
}
