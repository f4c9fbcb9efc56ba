import {
  Button,
  Combobox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  mergeClasses,
  Option,
  Select,
  Spinner,
  Text,
} from "@fluentui/react-components";
import {
  allowedParentKinds,
  grantableScopeKinds,
  type Me,
  type OrgTree,
  type OrgUnit,
  type OrgUnitKind,
  orgUnitCreateRoute,
  orgUnitKinds,
  orgUnitsListRoute,
  orgUnitUpdateRoute,
  type Person,
  peopleListRoute,
  type Role,
  type RoleAssignment,
  roleAssignmentCreateRoute,
  roleAssignmentDeleteRoute,
  roleAssignmentsListRoute,
  roles,
} from "@kvalitetskedjan/domain";
import { lazy, memo, Suspense, startTransition, useCallback, useDeferredValue, useEffect, useMemo, useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { ConfirmButton } from "../shared/confirm-button.js";
import { ErrorMessage } from "../shared/error-message.js";
import { ErrorSummary } from "../shared/error-summary.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";

// Loaded after the tree: the notifications panel is for the municipality's administrators only.
const NotificationsPanel = lazy(() => import("../notifications/notifications-panel.js").then((m) => ({ default: m.NotificationsPanel })));
const LibraryPanel = lazy(() => import("../documents/library-panel.js").then((m) => ({ default: m.LibraryPanel })));
const DocumentTypesPanel = lazy(() => import("../documents/document-types-panel.js").then((m) => ({ default: m.DocumentTypesPanel })));

type Notice = { kind: "success"; text: string } | { kind: "error"; error: unknown } | null;

const childKindsOf = (kind: OrgUnitKind): OrgUnitKind[] =>
  (Object.keys(allowedParentKinds) as OrgUnitKind[]).filter((k) => allowedParentKinds[k].includes(kind));

/** The organisation tree and, for the chosen unit, who holds which role there. */
export function AdministrationView({ api, me }: { api: ApiClient; me: Me }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const [tree, setTree] = useState<OrgTree | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);

  const loadTree = useCallback(() => {
    setError(null);
    api.read(orgUnitsListRoute).then(setTree).catch(setError);
  }, [api]);
  useEffect(loadTree, [loadTree]);

  const children = useMemo(() => {
    const map = new Map<string | null, OrgUnit[]>();
    for (const unit of tree?.units ?? []) map.set(unit.parentId, [...(map.get(unit.parentId) ?? []), unit]);
    const rank = (k: OrgUnitKind) => orgUnitKinds.indexOf(k);
    for (const list of map.values()) list.sort((a, b) => rank(a.kind) - rank(b.kind) || a.name.localeCompare(b.name, "sv"));
    return map;
  }, [tree]);
  // Selecting is a transition and the panel follows as a deferred render: the click paints
  // at once and the tree's highlight, then the panel, render without blocking input, even
  // with a thousand units (QUALITY-BAR 22: INP 100–150 ms at 4x CPU throttling, was 450+).
  const panelId = useDeferredValue(selectedId);
  const selected = tree?.units.find((u) => u.id === selectedId) ?? null;
  const panelUnit = tree?.units.find((u) => u.id === panelId) ?? null;

  const selectedPath = useMemo(() => new Set(selected?.path ?? []), [selected]);
  const select = useCallback((id: string) => startTransition(() => setSelectedId(id)), []);
  const isMunicipalityAdmin = me.responsibilities.some((r) => r.role === "administrator" && r.scopeKind === "municipality");
  return (
    <div className={styles.stack}>
      <h1 className={styles.heading}>{t("admin.title")}</h1>
      <Text>{t("admin.intro")}</Text>
      {error !== null && <ErrorMessage error={error} onRetry={loadTree} />}
      {tree === null && error === null && <Spinner label={t("app.loading")} />}
      {tree && (
        <div className={styles.grid}>
          <nav className={mergeClasses(styles.card, styles.contained)} aria-labelledby="tree-heading">
            <h2 id="tree-heading" className={styles.subheading}>
              {t("admin.tree")}
            </h2>
            <Branch parentId={null} level={0} tree={children} selectedId={selectedId} selectedPath={selectedPath} onSelect={select} />
          </nav>
          {panelUnit ? (
            <UnitPanel key={panelUnit.id} api={api} me={me} unit={panelUnit} units={tree.units} onTreeChanged={loadTree} />
          ) : (
            <section className={styles.card}>
              <Text>{t("admin.selectUnit")}</Text>
            </section>
          )}
        </div>
      )}
      {tree && isMunicipalityAdmin && (
        <Suspense fallback={<Spinner label={t("app.loading")} />}>
          <NotificationsPanel api={api} />
          <LibraryPanel api={api} />
          <DocumentTypesPanel api={api} />
        </Suspense>
      )}
    </div>
  );
}

interface BranchProps {
  readonly parentId: string | null;
  readonly level: number;
  readonly tree: ReadonlyMap<string | null, readonly OrgUnit[]>;
  /** The selection, passed only into branches that contain it, so a click re-renders two paths, not the tree. */
  readonly selectedId: string | null;
  readonly selectedPath: ReadonlySet<string>;
  readonly onSelect: (id: string) => void;
}

/** One level of the organisation tree as a nested list of buttons. */
const Branch = memo(function Branch({ parentId, level, tree, selectedId, selectedPath, onSelect }: BranchProps) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const units = tree.get(parentId) ?? [];
  if (units.length === 0) return null;
  return (
    <ul className={level === 0 ? styles.treeRoot : styles.treeList}>
      {units.map((unit) => {
        const isSelected = unit.id === selectedId;
        const inside = selectedPath.has(unit.id);
        return (
          <li key={unit.id}>
            <Button
              appearance={isSelected ? "primary" : "subtle"}
              className={styles.treeButton}
              aria-current={isSelected ? "true" : undefined}
              onClick={() => onSelect(unit.id)}
            >
              {unit.name}
              {unit.active ? "" : ` (${t("admin.inactive")})`}
            </Button>
            <Branch
              parentId={unit.id}
              level={level + 1}
              tree={tree}
              selectedId={inside ? selectedId : null}
              selectedPath={inside ? selectedPath : emptyPath}
              onSelect={onSelect}
            />
          </li>
        );
      })}
    </ul>
  );
});

const emptyPath: ReadonlySet<string> = new Set();

const UnitPanel = memo(function UnitPanel({
  api,
  me,
  unit,
  units,
  onTreeChanged,
}: {
  api: ApiClient;
  me: Me;
  unit: OrgUnit;
  units: readonly OrgUnit[];
  onTreeChanged: () => void;
}) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const [assignments, setAssignments] = useState<RoleAssignment[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [notice, setNotice] = useState<Notice>(null);

  const load = useCallback(() => {
    setLoadError(null);
    api
      .read(roleAssignmentsListRoute, { query: { scopeId: unit.id } })
      .then((r) => setAssignments(r.assignments))
      .catch(setLoadError);
  }, [api, unit.id]);
  useEffect(load, [load]);

  const revoke = async (a: RoleAssignment) => {
    setNotice(null);
    try {
      await api.call(roleAssignmentDeleteRoute, { params: { id: a.id }, ifMatch: a.etag });
      setNotice({ kind: "success", text: t("admin.revoked") });
      load();
    } catch (e) {
      setNotice({ kind: "error", error: e });
    }
  };

  const serves = (unit.servesCommitteeIds ?? []).map((id) => units.find((u) => u.id === id)?.name ?? id);
  const canAdminister = me.responsibilities.some((r) => r.role === "administrator" && unit.path.includes(r.scopeId));

  return (
    <section className={styles.card} aria-labelledby="unit-heading">
      <h2 id="unit-heading" className={styles.subheading}>
        {unit.name}
      </h2>
      <Text>
        {t("admin.kind")}: {t(`kind.${unit.kind}`)}
      </Text>
      {serves.length > 0 && (
        <Text>
          {t("admin.serves")}: {serves.join(", ")}
        </Text>
      )}
      <div aria-live="polite">
        {notice?.kind === "success" && (
          <MessageBar intent="success">
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
        {notice?.kind === "error" && <ErrorMessage error={notice.error} />}
      </div>
      <h3 className={styles.subheading}>{t("admin.rolesHere")}</h3>
      {loadError !== null && <ErrorMessage error={loadError} onRetry={load} />}
      {assignments === null && loadError === null && <Spinner size="small" label={t("app.loading")} />}
      {assignments?.length === 0 && <Text>{t("admin.noRolesHere")}</Text>}
      {assignments && assignments.length > 0 && (
        <ul className={styles.list}>
          {assignments.map((a) => (
            <li key={a.id} className={styles.row}>
              <Text className={styles.wrap}>
                {a.personName} – {t(`role.${a.role}`)}
              </Text>
              {canAdminister && (
                <ConfirmButton
                  size="small"
                  label={t("admin.revoke", { role: t(`role.${a.role}`), name: a.personName })}
                  title={t("admin.revokeTitle")}
                  body={t("admin.revoke", { role: t(`role.${a.role}`), name: a.personName })}
                  confirmLabel={t("admin.revokeShort")}
                  onConfirm={() => revoke(a)}
                >
                  {t("admin.revokeShort")}
                </ConfirmButton>
              )}
            </li>
          ))}
        </ul>
      )}
      <Text className={styles.muted}>{t("admin.inheritedNote")}</Text>
      {canAdminister && (
        <>
          <RenameForm
            // A new version of the unit (after any save or reload) starts the form from what is stored.
            key={unit.etag}
            api={api}
            unit={unit}
            onRenamed={(text) => {
              setNotice({ kind: "success", text });
              onTreeChanged();
            }}
            onReload={onTreeChanged}
          />
          <GrantForm
            api={api}
            unit={unit}
            onGranted={(text) => {
              setNotice({ kind: "success", text });
              load();
            }}
          />
          <AddUnitForm
            api={api}
            unit={unit}
            onAdded={(text) => {
              setNotice({ kind: "success", text });
              onTreeChanged();
            }}
          />
        </>
      )}
    </section>
  );
});

function GrantForm({ api, unit, onGranted }: { api: ApiClient; unit: OrgUnit; onGranted: (text: string) => void }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const grantable = roles.filter((r) => grantableScopeKinds[r].includes(unit.kind));
  const [query, setQuery] = useState("");
  const [people, setPeople] = useState<Person[]>([]);
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

  useEffect(() => {
    const handle = setTimeout(() => {
      const q = query.trim();
      api
        .read(peopleListRoute, { query: { limit: 20, q: q || undefined } })
        .then((page) => setPeople(page.people.filter((p) => p.active)))
        .catch(setError);
    }, 200);
    return () => clearTimeout(handle);
  }, [api, query, setError]);

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
      <ErrorSummary form={form} />
      {form.general !== null && <ErrorMessage error={form.general} />}
      <div>
        <Button type="submit" appearance="primary" disabled={form.busy}>
          {t("admin.grant")}
        </Button>
      </div>
    </form>
  );
}

/** Renames the unit with the version the user saw (If-Match); a stale version is explained, not overwritten. */
function RenameForm({
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

function AddUnitForm({ api, unit, onAdded }: { api: ApiClient; unit: OrgUnit; onAdded: (text: string) => void }) {
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
      <ErrorSummary form={form} />
      {form.general !== null && <ErrorMessage error={form.general} />}
      <div>
        <Button type="submit" disabled={form.busy}>
          {t("admin.addUnit")}
        </Button>
      </div>
    </form>
  );
}
