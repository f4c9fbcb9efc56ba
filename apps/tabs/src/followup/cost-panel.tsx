import { Button, Field, Input, Text } from "@fluentui/react-components";
import { type FinanceView, financeGetRoute, financeImportRoute, financeSaveRoute, type PlanYear } from "@kvalitetskedjan/domain";
import { useEffect, useMemo, useState } from "react";
import { type Language, useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { useRead, useSetRead } from "../shared/api/queries.js";
import { DataTable } from "../shared/data-table.js";
import { ErrorMessage } from "../shared/error-message.js";
import { FileField } from "../shared/file-field.js";
import { formatNumber, periodName } from "../shared/period-name.js";
import { saveFile } from "../shared/save-file.js";
import { ReportStatusText } from "../shared/status.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useAction } from "../shared/use-action.js";
import { useViewStyles } from "../shared/views.styles.js";
import { FileErrors } from "./file-errors.js";

export const readFile = (file: File) => file.text();

/** Cost beside quality: each committee's net cost, budget and cost per resident beside its results. */
export function CostPanel({ api, year, periodId }: { api: ApiClient; year: PlanYear; periodId: string }) {
  const styles = useViewStyles();
  const { t, tp, language } = useI18n();
  const params = useMemo(() => ({ id: year.id }), [year.id]);
  const read = useRead(api, financeGetRoute, { params });
  const view = read.data ?? null;
  const setRead = useSetRead();
  const setView = (next: FinanceView) => setRead(financeGetRoute, { params }, next);
  const [residents, setResidents] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  // The residents field starts from what is saved, and shows it again after a save.
  useEffect(() => {
    if (read.data) setResidents(read.data.residents === null ? "" : String(read.data.residents));
  }, [read.data]);

  const number = (v: number | null) => formatNumber(v, language);
  if (read.isError) return <ErrorMessage error={read.error} onRetry={() => void read.refetch()} />;
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
export function costTemplate(view: FinanceView, year: PlanYear, periodId: string, language: Language): Blob {
  const period = year.periods.find((x) => x.id === periodId);
  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
  const header = language === "sv" ? ["period", "nämnd", "nettokostnad", "budget"] : ["period", "committee", "netCost", "budget"];
  const rows = view.owners.map((o) => [period ? periodName(period, language) : periodId, o.name, "", ""]);
  const text = [header, ...rows].map((r) => r.map(quote).join(";")).join("\r\n");
  return new Blob([`\ufeff${text}\r\n`], { type: "text/csv;charset=utf-8" });
}

export const entryOf = (r: FinanceView["rows"][number]) => ({
  periodId: r.periodId,
  ownerScopeId: r.ownerScopeId,
  netCost: r.netCost,
  budget: r.budget,
});
