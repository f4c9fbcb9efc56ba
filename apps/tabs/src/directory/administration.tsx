import { Field, Input, mergeClasses, Spinner, Text } from "@fluentui/react-components";
import { type Me, type OrgUnit, type OrgUnitKind, orgUnitKinds, orgUnitsListRoute } from "@kvalitetskedjan/domain";
import { lazy, Suspense, startTransition, useCallback, useDeferredValue, useEffect, useMemo, useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { failureOf, useInvalidate, useRead } from "../shared/api/queries.js";
import { ErrorMessage } from "../shared/error-message.js";
import { initiallyExpanded, searchUnits } from "../shared/org-search.js";
import { useViewStyles } from "../shared/views.styles.js";
import { Branch } from "./org-tree.js";
import { UnitPanel } from "./unit-panel.js";

// Loaded after the tree: the notifications panel is for the municipality's administrators only.
const NotificationsPanel = lazy(() => import("../notifications/notifications-panel.js").then((m) => ({ default: m.NotificationsPanel })));
const LibraryPanel = lazy(() => import("../documents/library-panel.js").then((m) => ({ default: m.LibraryPanel })));
const BenchmarkSettingsPanel = lazy(() =>
  import("../followup/benchmark-settings-panel.js").then((m) => ({ default: m.BenchmarkSettingsPanel })),
);
const InternalControlSettingsPanel = lazy(() =>
  import("../internal-control/settings-panel.js").then((m) => ({ default: m.InternalControlSettingsPanel })),
);
const DocumentTypesPanel = lazy(() => import("../documents/document-types-panel.js").then((m) => ({ default: m.DocumentTypesPanel })));

/** The organisation tree and, for the chosen unit, who holds which role there. */
export function AdministrationView({ api, me }: { api: ApiClient; me: Me }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const read = useRead(api, orgUnitsListRoute);
  const tree = read.data ?? null;
  const { error, retry } = failureOf(read);
  const invalidate = useInvalidate();
  const [selectedId, setSelectedId] = useState<string | null>(null);

  const loadTree = useCallback(() => void invalidate(orgUnitsListRoute), [invalidate]);

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

  // Which branches are open: all of a small organisation, the top levels of a large one; a
  // search opens the way to every match, and the tree keeps what the person opened.
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [expandedFor, setExpandedFor] = useState<unknown>(null);
  useEffect(() => {
    if (tree && expandedFor === null) {
      setExpanded(initiallyExpanded(tree.units));
      setExpandedFor(tree);
    }
  }, [tree, expandedFor]);
  const toggle = useCallback(
    (id: string) =>
      startTransition(() =>
        setExpanded((open) => {
          const next = new Set(open);
          if (next.has(id)) next.delete(id);
          else next.add(id);
          return next;
        }),
      ),
    [],
  );
  const [search, setSearch] = useState("");
  const deferredSearch = useDeferredValue(search);
  const found = useMemo(() => (tree ? searchUnits(tree.units, deferredSearch) : null), [tree, deferredSearch]);
  const shownExpanded = found ? found.visible : expanded;
  const isMunicipalityAdmin = me.allowed.administerMunicipality;
  return (
    <div className={styles.stack}>
      <h1 className={styles.heading}>{t("admin.title")}</h1>
      <Text>{t("admin.intro")}</Text>
      {error !== null && <ErrorMessage error={error} onRetry={retry} />}
      {tree === null && error === null && <Spinner label={t("app.loading")} />}
      {tree && (
        <div className={styles.grid}>
          <nav className={mergeClasses(styles.card, styles.contained)} aria-labelledby="tree-heading">
            <h2 id="tree-heading" className={styles.subheading}>
              {t("admin.tree")}
            </h2>
            <Field label={t("admin.search")} hint={t("admin.searchHint")}>
              <Input type="search" value={search} onChange={(_, d) => setSearch(d.value)} />
            </Field>
            {found && (
              <Text role="status" className={styles.muted}>
                {found.matches === 0 ? t("admin.noMatches") : t("admin.matches", { count: String(found.matches) })}
              </Text>
            )}
            <Branch
              parentId={null}
              level={0}
              tree={children}
              selectedId={selectedId}
              selectedPath={selectedPath}
              onSelect={select}
              expanded={shownExpanded}
              onToggle={toggle}
              visible={found ? found.visible : null}
            />
          </nav>
          {panelUnit ? (
            <UnitPanel key={panelUnit.id} api={api} unit={panelUnit} units={tree.units} onTreeChanged={loadTree} />
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
          <BenchmarkSettingsPanel api={api} />
          <LibraryPanel api={api} />
          <DocumentTypesPanel api={api} />
          <InternalControlSettingsPanel api={api} />
        </Suspense>
      )}
    </div>
  );
}
