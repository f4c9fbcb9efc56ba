import {
  Field,
  FlatTree,
  FlatTreeItem,
  type FlatTreeItemProps,
  type FlatTreeProps,
  type HeadlessFlatTreeItemProps,
  Input,
  makeStyles,
  Text,
  TreeItemLayout,
  type TreeItemValue,
  tokens,
  useHeadlessFlatTree_unstable,
} from "@fluentui/react-components";
import { SearchRegular } from "@fluentui/react-icons";
import type { OrgUnit } from "@kvalitetskedjan/domain";
import { useMemo, useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import { initiallyExpanded, searchUnits } from "./org-search.js";
import { useDebounced } from "./use-debounced.js";

const useStyles = makeStyles({
  box: {
    maxHeight: "320px",
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  chosen: { color: tokens.colorNeutralForeground2 },
  // A long compound (Samhällsbyggnadsnämnden) breaks rather than push the box sideways at 320 px.
  name: { overflowWrap: "anywhere", minWidth: 0 },
});

interface UnitItem extends HeadlessFlatTreeItemProps {
  readonly name: string;
  readonly selectable: boolean;
}

/**
 * Chooses one organisation unit in the organisation's tree (Fluent UI's tree: arrow keys
 * move, right and left open and close, Space chooses), with a search that shows the
 * matching units and the way to them. Units that cannot be chosen here are shown for the
 * shape of the organisation, without a choice. Only open branches are rendered, and a large
 * organisation opens at its first three levels, so 1,138 units render a few dozen items.
 */
export function UnitTreeField({
  label,
  units,
  value,
  onChange,
  selectable,
  validation,
}: {
  label: string;
  units: readonly OrgUnit[];
  value: string;
  onChange: (id: string) => void;
  selectable: (unit: OrgUnit) => boolean;
  validation?: { validationState: "error" | "none"; validationMessage: string | null };
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const [text, setText] = useState("");
  const searched = useDebounced(text, 150);
  const active = useMemo(() => units.filter((u) => u.active), [units]);
  const found = useMemo(() => searchUnits(active, searched), [active, searched]);
  // Every unit that can be chosen, and the units above them for the shape of the tree.
  const items = useMemo<UnitItem[]>(() => {
    const wanted = new Set<string>();
    for (const u of active) {
      if (!selectable(u)) continue;
      wanted.add(u.id);
      for (const id of u.path) wanted.add(id);
    }
    const shown = active.filter((u) => wanted.has(u.id) && (found === null || found.visible.has(u.id)));
    const children = new Set(shown.map((u) => u.parentId));
    const byParent = new Map<string | null, OrgUnit[]>();
    for (const u of shown) byParent.set(u.parentId, [...(byParent.get(u.parentId) ?? []), u]);
    // Depth first, each level by name, as the flat tree wants its items.
    const ordered: UnitItem[] = [];
    const visit = (parentId: string | null) => {
      for (const u of (byParent.get(parentId) ?? []).sort((a, b) => a.name.localeCompare(b.name, "sv"))) {
        ordered.push({
          value: u.id,
          ...(u.parentId && wanted.has(u.parentId) ? { parentValue: u.parentId } : {}),
          itemType: children.has(u.id) ? "branch" : "leaf",
          name: u.name,
          selectable: selectable(u),
        });
        visit(u.id);
      }
    };
    for (const root of shown.filter((u) => !u.parentId || !wanted.has(u.parentId))) {
      if (ordered.some((o) => o.value === root.id)) continue;
      ordered.push({ value: root.id, itemType: children.has(root.id) ? "branch" : "leaf", name: root.name, selectable: selectable(root) });
      visit(root.id);
    }
    return ordered;
  }, [active, found, selectable]);
  const [opened, setOpened] = useState<Set<TreeItemValue>>(() => {
    const open = initiallyExpanded(active);
    // The way to the chosen unit is open too.
    for (const id of active.find((u) => u.id === value)?.path ?? []) open.add(id);
    return open;
  });
  const tree = useHeadlessFlatTree_unstable(items, {
    // While searching, the way to every match is open.
    openItems: found ? found.visible : opened,
    onOpenChange: (_, data) => {
      if (!found) setOpened(new Set(data.openItems));
    },
    selectionMode: "single",
    checkedItems: value ? [value] : [],
    onCheckedChange: (_, data) => {
      const unit = items.find((i) => i.value === data.value);
      if (unit?.selectable) onChange(String(data.value));
    },
  });
  const chosen = active.find((u) => u.id === value);
  return (
    <Field label={label} {...validation}>
      <Input
        contentBefore={<SearchRegular aria-hidden="true" />}
        aria-label={t("unitTree.search", { label })}
        placeholder={t("unitTree.placeholder")}
        value={text}
        onChange={(_, d) => setText(d.value)}
      />
      <Text size={200} className={styles.chosen} aria-live="polite">
        {found && found.matches === 0
          ? t("unitTree.none")
          : chosen
            ? t("unitTree.chosen", { name: chosen.name })
            : t("unitTree.noneChosen")}
      </Text>
      <div className={styles.box}>
        <FlatTree {...(tree.getTreeProps() as FlatTreeProps)} aria-label={label}>
          {Array.from(tree.items(), (item) => {
            const { name, selectable: canChoose, ...props } = item.getTreeItemProps();
            return (
              <FlatTreeItem key={item.value} {...(props as FlatTreeItemProps)}>
                <TreeItemLayout main={{ className: styles.name }} {...(canChoose ? {} : { selector: null })}>
                  {name}
                </TreeItemLayout>
              </FlatTreeItem>
            );
          })}
        </FlatTree>
      </div>
    </Field>
  );
}
