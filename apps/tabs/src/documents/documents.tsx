import { Button, Field, Link, Select, Spinner, Text } from "@fluentui/react-components";
import { type DocumentListQuery, documentsListRoute, type GoverningDocument, type Me, myItemsGetRoute } from "@kvalitetskedjan/domain";
import { useMemo, useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import { documentHash } from "../route.js";
import type { ApiClient } from "../shared/api/client.js";
import { failureOf, useInvalidate, useRead } from "../shared/api/queries.js";
import { ChoiceField } from "../shared/choice-field.js";
import { DataTable } from "../shared/data-table.js";
import { ErrorMessage } from "../shared/error-message.js";
import { formatDate } from "../shared/period-name.js";
import { DocumentStatusText } from "../shared/status.js";
import { useViewStyles } from "../shared/views.styles.js";
import { RegisterDocumentPanel } from "./register-document-form.js";
import { useTypeNames } from "./use-type-names.js";

type Status = GoverningDocument["status"];
const statuses: readonly Status[] = ["adopted", "inRevision", "expired", "draft", "repealed"];
const expiryChoices = ["", "30", "90", "180"] as const;

/** The register of governing documents: every document with its status and valid-until, filtered as the reader asks. */
export function DocumentsView({ api, me }: { api: ApiClient; me: Me }) {
  const styles = useViewStyles();
  const { t, tp, language } = useI18n();
  const { typeName, types, typesRead } = useTypeNames(api, language);
  const [mine, setMine] = useState(() => window.location.hash.includes("mine=1"));
  const [registering, setRegistering] = useState(false);
  const [typeKey, setTypeKey] = useState("");
  const [decisionBodyId, setDecisionBodyId] = useState("");
  const [status, setStatus] = useState("");
  const [expiring, setExpiring] = useState<(typeof expiryChoices)[number]>("");

  const query = useMemo(
    () => ({
      typeKey: typeKey || undefined,
      decisionBodyId: decisionBodyId || undefined,
      status: (status || undefined) as DocumentListQuery["status"],
      expiringWithinDays: expiring || undefined,
      ownerPersonId: mine ? me.person.id : undefined,
    }),
    [typeKey, decisionBodyId, status, expiring, mine, me.person.id],
  );
  const registerRead = useRead(api, documentsListRoute, { query }, { keepPrevious: true });
  const register = registerRead.data ?? null;
  const { error, retry } = failureOf(registerRead, typesRead);
  const invalidate = useInvalidate();

  return (
    <div className={styles.stack}>
      <h1 className={styles.heading}>{t("documents.title")}</h1>
      <Text>{t("documents.intro")}</Text>
      {me.allowed.registerDocuments && !registering && (
        <div>
          <Button appearance="primary" onClick={() => setRegistering(true)}>
            {t("documents.register.open")}
          </Button>
        </div>
      )}
      {registering && types.length > 0 && (
        <section className={styles.card}>
          <RegisterDocumentPanel
            api={api}
            me={me}
            types={types}
            onCreated={(doc) => {
              void invalidate(documentsListRoute, myItemsGetRoute);
              window.location.hash = documentHash(doc.id);
            }}
          />
          <div>
            <Button onClick={() => setRegistering(false)}>{t("documents.register.cancel")}</Button>
          </div>
        </section>
      )}
      <div className={styles.row}>
        <Field label={t("documents.filter.owner")}>
          <Select value={mine ? "mine" : ""} onChange={(_, d) => setMine(d.value === "mine")}>
            <option value="">{t("documents.filter.everyone")}</option>
            <option value="mine">{t("documents.filter.mine")}</option>
          </Select>
        </Field>
        <Field label={t("documents.filter.type")}>
          <Select value={typeKey} onChange={(_, d) => setTypeKey(d.value)}>
            <option value="">{t("documents.filter.all")}</option>
            {types.map((x) => (
              <option key={x.key} value={x.key}>
                {typeName(x.key)}
              </option>
            ))}
          </Select>
        </Field>
        <ChoiceField
          label={t("documents.filter.decisionBody")}
          value={decisionBodyId}
          choices={register?.decisionBodies ?? []}
          onChange={setDecisionBodyId}
          all={t("documents.filter.all")}
        />
        <Field label={t("documents.filter.status")}>
          <Select value={status} onChange={(_, d) => setStatus(d.value)}>
            <option value="">{t("documents.filter.all")}</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {t(`documents.status.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("documents.filter.expiring")}>
          <Select value={expiring} onChange={(_, d) => setExpiring(d.value as (typeof expiryChoices)[number])}>
            {expiryChoices.map((days) => (
              <option key={days} value={days}>
                {days ? t("documents.filter.withinDays", { days }) : t("documents.filter.any")}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {error !== null && <ErrorMessage error={error} onRetry={retry} />}
      {register === null && error === null && <Spinner label={t("app.loading")} />}
      {register && (
        <div aria-live="polite">
          <Text>{tp("documents.count", register.documents.length)}</Text>
        </div>
      )}
      {register && register.documents.length > 0 && (
        <DataTable
          label={t("documents.title")}
          columns={[
            t("documents.column.title"),
            t("documents.column.type"),
            t("documents.column.decisionBody"),
            t("documents.column.owningBody"),
            t("documents.column.version"),
            t("documents.column.validUntil"),
            t("documents.column.status"),
          ]}
          rows={register.documents.map((d) => ({
            key: d.id,
            cells: [
              <Link key="title" href={documentHash(d.id)}>
                {d.title}
              </Link>,
              typeName(d.typeKey),
              d.decisionBodyName || d.decisionBodyId,
              d.owningBodyName || d.owningBodyId,
              d.version > 0 ? d.version : "–",
              d.validUntil ? formatDate(d.validUntil, language) : "–",
              <DocumentStatusText key="status" status={d.status} revision={d.revision} />,
            ],
          }))}
        />
      )}
    </div>
  );
}
