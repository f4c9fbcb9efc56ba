import { Button, Checkbox, Field, Input, Select, Spinner, Text } from "@fluentui/react-components";
import { type DocumentType, documentTypesGetRoute, documentTypesUpdateRoute } from "@kvalitetskedjan/domain";
import { useEffect, useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { failureOf, useRead, useSetRead } from "../shared/api/queries.js";
import { DataTable } from "../shared/data-table.js";
import { ErrorMessage } from "../shared/error-message.js";
import { FormFooter } from "../shared/form-footer.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";

/** A key from a Swedish name: `Riktlinje för X` → `riktlinje-for-x`. */
const keyOf = (name: string) =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 64);

/**
 * The municipality's document types and how long a newly adopted version is valid by
 * default (municipality administrators), and whether the register is published as open
 * data. A type still in use cannot be removed; the API names it.
 */
export function DocumentTypesPanel({ api }: { api: ApiClient }) {
  const styles = useViewStyles();
  const { t, tp } = useI18n();
  const read = useRead(api, documentTypesGetRoute);
  const settings = read.data ?? null;
  const { error, retry } = failureOf(read);
  const setRead = useSetRead();
  const [types, setTypes] = useState<DocumentType[]>([]);
  const [publish, setPublish] = useState(false);
  const [name, setName] = useState("");
  const [kind, setKind] = useState<"years" | "mandatePeriods">("years");
  const [count, setCount] = useState("4");
  const [saved, setSaved] = useState(false);

  // The form starts from what is saved, and shows it again after a save.
  useEffect(() => {
    if (!read.data) return;
    setTypes(read.data.types);
    setPublish(read.data.publishRegister);
  }, [read.data]);

  // A type in use is named in the general message: it is not one field of the form.
  const form = useFormSubmit([], {}, async () => {
    setSaved(false);
    const res = await api.call(documentTypesUpdateRoute, { body: { types, publishRegister: publish }, ifMatch: settings?.etag ?? "new" });
    setRead(documentTypesGetRoute, {}, res.data);
    setSaved(true);
  });
  const n = Number(count);
  const validCount = Number.isInteger(n) && n >= 1 && n <= (kind === "years" ? 10 : 3);
  const add = () => {
    const key = keyOf(name);
    if (!key || !validCount || types.some((x) => x.key === key)) return;
    setTypes([...types, { key, name: { sv: name.trim() }, validity: kind === "years" ? { kind, years: n } : { kind, periods: n } }]);
    setName("");
  };
  const validityText = (x: DocumentType) =>
    x.validity.kind === "years" ? tp("documentTypes.years", x.validity.years) : tp("documentTypes.periods", x.validity.periods);

  return (
    <section className={styles.card} aria-labelledby="types-heading">
      <div className={styles.stack}>
        <h2 id="types-heading" className={styles.subheading}>
          {t("documentTypes.title")}
        </h2>
        <Text>{t("documentTypes.intro")}</Text>
        {error !== null && <ErrorMessage error={error} onRetry={retry} />}
        {settings === null && error === null && <Spinner label={t("app.loading")} />}
        {settings && (
          <>
            <DataTable
              label={t("documentTypes.table")}
              columns={[t("documentTypes.name"), t("documentTypes.validity"), t("documentTypes.action")]}
              rows={types.map((x) => ({
                key: x.key,
                cells: [
                  x.name.sv,
                  validityText(x),
                  <Button key="remove" size="small" onClick={() => setTypes(types.filter((y) => y.key !== x.key))}>
                    {t("documentTypes.remove", { name: x.name.sv })}
                  </Button>,
                ],
              }))}
            />
            <div className={styles.form}>
              <Field label={t("documentTypes.newName")}>
                <Input value={name} maxLength={100} onChange={(_, d) => setName(d.value)} />
              </Field>
              <Field label={t("documentTypes.validity")}>
                <Select value={kind} onChange={(_, d) => setKind(d.value as "years" | "mandatePeriods")}>
                  <option value="years">{t("documentTypes.kind.years")}</option>
                  <option value="mandatePeriods">{t("documentTypes.kind.mandatePeriods")}</option>
                </Select>
              </Field>
              <Field
                label={t("documentTypes.count")}
                validationState={validCount ? "none" : "error"}
                validationMessage={validCount ? null : t("documentTypes.countInvalid")}
              >
                <Input type="number" value={count} min={1} max={kind === "years" ? 10 : 3} onChange={(_, d) => setCount(d.value)} />
              </Field>
              <div>
                <Button onClick={add} disabled={keyOf(name) === "" || !validCount}>
                  {t("documentTypes.add")}
                </Button>
              </div>
            </div>
            <form className={styles.form} onSubmit={form.submit} aria-label={t("documentTypes.saveLabel")} noValidate>
              <Checkbox checked={publish} onChange={(_, d) => setPublish(d.checked === true)} label={t("documentTypes.publish")} />
              <FormFooter form={form} submit={t("documentTypes.save")} disabled={types.length === 0} />
              <SuccessNotice message={saved ? t("documentTypes.saved") : null} />
            </form>
          </>
        )}
      </div>
    </section>
  );
}
