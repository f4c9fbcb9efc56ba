import { Button, Combobox, Field, Input, Option, Select, Text } from "@fluentui/react-components";
import {
  grantableScopeKinds,
  type OrgUnit,
  type OrgUnitKind,
  orgUnitCreateRoute,
  orgUnitUpdateRoute,
  type Person,
  peopleListRoute,
  type Role,
  roleAssignmentCreateRoute,
  roles,
} from "@kvalitetskedjan/domain";
import { useEffect, useMemo, useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { useRead } from "../shared/api/queries.js";
import { ErrorMessage } from "../shared/error-message.js";
import { ErrorSummary } from "../shared/error-summary.js";
import { FormFooter } from "../shared/form-footer.js";
import { useDebounced } from "../shared/use-debounced.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";
import { childKindsOf } from "./unit-panel.js";

export function GrantForm({ api, unit, onGranted }: { api: ApiClient; unit: OrgUnit; onGranted: (text: string) => void }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const grantable = roles.filter((r) => grantableScopeKinds[r].includes(unit.kind));
  const [query, setQuery] = useState("");
  const [person, setPerson] = useState<Person | null>(null);
  const [role, setRole] = useState<Role>(grantable[0] ?? "reader");
  const form = useFormSubmit(["body.personId", "body.role"], { "body.personId": person !== null }, async () => {
    if (!person) return;
    await api.call(roleAssignmentCreateRoute, { body: { personId: person.id, role, scopeId: unit.id } });
    onGranted(t("admin.granted", { name: person.name, role: t(`role.${role}`) }));
    setPerson(null);
    setQuery("");
  });
  const { setError } = form;

  const searched = useDebounced(query.trim(), 200);
  const found = useRead(api, peopleListRoute, { query: { limit: 20, q: searched || undefined } }, { keepPrevious: true });
  // What was found, narrowed at once to what is typed: the list never offers a name the typing has ruled out.
  const people = useMemo(() => {
    const typed = query.trim().toLocaleLowerCase("sv");
    return (found.data?.people ?? []).filter((p) => p.active && p.name.toLocaleLowerCase("sv").includes(typed));
  }, [found.data, query]);
  useEffect(() => {
    if (found.isError) setError(found.error);
  }, [found.isError, found.error, setError]);

  const personError = form.messageFor("body.personId");
  const roleError = form.messageFor("body.role");

  return (
    <form className={styles.form} onSubmit={form.submit} aria-labelledby="grant-heading" noValidate>
      <h3 id="grant-heading" className={styles.subheading}>
        {t("admin.grantTitle")}
      </h3>
      <Field label={t("admin.person")} required validationState={personError ? "error" : "none"} validationMessage={personError ?? null}>
        <Combobox
          freeform
          placeholder={t("admin.personPlaceholder")}
          value={query}
          selectedOptions={person ? [person.id] : []}
          onChange={(e) => {
            setQuery(e.target.value);
            setPerson(null);
          }}
          onOptionSelect={(_, d) => {
            const chosen = people.find((p) => p.id === d.optionValue) ?? null;
            setPerson(chosen);
            setQuery(chosen?.name ?? "");
          }}
        >
          {people.map((p) => (
            <Option key={p.id} value={p.id} text={p.name}>
              {p.name}
            </Option>
          ))}
        </Combobox>
      </Field>
      <Field label={t("admin.role")} required validationState={roleError ? "error" : "none"} validationMessage={roleError ?? null}>
        <Select value={role} onChange={(_, d) => setRole(d.value as Role)}>
          {grantable.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </Select>
      </Field>
      <FormFooter form={form} submit={t("admin.grant")} />
    </form>
  );
}

/** Renames the unit with the version the user saw (If-Match); a stale version is explained, not overwritten. */
export function RenameForm({
  api,
  unit,
  onRenamed,
  onReload,
}: {
  api: ApiClient;
  unit: OrgUnit;
  onRenamed: (text: string) => void;
  onReload: () => void;
}) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const [name, setName] = useState(unit.name);
  const form = useFormSubmit(["body.name"], { "body.name": name.trim() !== "" }, async () => {
    await api.call(orgUnitUpdateRoute, { params: { id: unit.id }, body: { name: name.trim() }, ifMatch: unit.etag });
    onRenamed(t("admin.renamed", { name: name.trim() }));
  });
  const nameError = form.messageFor("body.name");

  return (
    <form className={styles.form} onSubmit={form.submit} aria-labelledby="rename-heading" noValidate>
      <h3 id="rename-heading" className={styles.subheading}>
        {t("admin.renameTitle")}
      </h3>
      <Field label={t("admin.unitName")} required validationState={nameError ? "error" : "none"} validationMessage={nameError ?? null}>
        <Input value={name} maxLength={200} onChange={(_, d) => setName(d.value)} />
      </Field>
      <ErrorSummary form={form} />
      {form.general !== null && <ErrorMessage error={form.general} onRetry={onReload} retryLabel={t("admin.reload")} />}
      <div>
        <Button type="submit" disabled={form.busy || name.trim() === unit.name}>
          {t("admin.rename")}
        </Button>
      </div>
    </form>
  );
}

export function AddUnitForm({ api, unit, onAdded }: { api: ApiClient; unit: OrgUnit; onAdded: (text: string) => void }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const kinds = childKindsOf(unit.kind);
  const [name, setName] = useState("");
  const [kind, setKind] = useState<OrgUnitKind | undefined>(kinds[0]);
  const form = useFormSubmit(["body.name", "body.parentId", "body.kind"], { "body.name": name.trim() !== "" }, async () => {
    await api.call(orgUnitCreateRoute, {
      body: { parentId: unit.id, kind: kind as Exclude<OrgUnitKind, "municipality">, name: name.trim() },
    });
    onAdded(t("admin.unitAdded", { name: name.trim() }));
    setName("");
  });

  if (kinds.length === 0 || kind === undefined) return <Text className={styles.muted}>{t("admin.noChildKinds")}</Text>;

  const nameError = form.messageFor("body.name");
  const kindError = form.messageFor("body.parentId") ?? form.messageFor("body.kind");

  return (
    <form className={styles.form} onSubmit={form.submit} aria-labelledby="add-unit-heading" noValidate>
      <h3 id="add-unit-heading" className={styles.subheading}>
        {t("admin.addUnitTitle", { name: unit.name })}
      </h3>
      <Field label={t("admin.unitName")} required validationState={nameError ? "error" : "none"} validationMessage={nameError ?? null}>
        <Input value={name} maxLength={200} onChange={(_, d) => setName(d.value)} />
      </Field>
      <Field label={t("admin.unitKind")} validationState={kindError ? "error" : "none"} validationMessage={kindError ?? null}>
        <Select value={kind} onChange={(_, d) => setKind(d.value as OrgUnitKind)}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </Select>
      </Field>
      <FormFooter form={form} submit={t("admin.addUnit")} primary={false} />
    </form>
  );
}
