import { Button, Checkbox, Field, Input, Link, Text } from "@fluentui/react-components";
import {
  type GoalSettings,
  goalSettingsGetRoute,
  goalSettingsUpdateRoute,
  type KoladaImportResult,
  koladaImportRoute,
  type Me,
  type PlanYear,
  publicResultsGetRoute,
} from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import { type ApiClient, ApiError, routeUrl } from "../shared/api/client.js";
import { useRead } from "../shared/api/queries.js";
import { ErrorMessage } from "../shared/error-message.js";
import { ErrorSummary } from "../shared/error-summary.js";
import { FileField } from "../shared/file-field.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useAction } from "../shared/use-action.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";
import { readFile } from "./cost-panel.js";

/** Kolada benchmark import and the open-data links. */
export function BenchmarkAndOpenData({ api, me, year, isAdmin }: { api: ApiClient; me: Me; year: PlanYear; isAdmin: boolean }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const read = useRead(api, goalSettingsGetRoute);
  const settings = read.data ?? null;
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<KoladaImportResult | null>(null);
  const { busy, error, run } = useAction();
  if (read.isError) return <ErrorMessage error={read.error} onRetry={() => void read.refetch()} />;
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
export function BenchmarkSettingsForm({
  api,
  settings,
  onSaved,
}: {
  api: ApiClient;
  settings: GoalSettings;
  onSaved: (s: GoalSettings) => void;
}) {
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
