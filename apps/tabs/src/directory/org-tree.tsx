import { Button } from "@fluentui/react-components";
import type { OrgUnit } from "@kvalitetskedjan/domain";
import { memo } from "react";
import { useI18n } from "../i18n/i18n.js";
import { useViewStyles } from "../shared/views.styles.js";

export interface BranchProps {
  readonly parentId: string | null;
  readonly level: number;
  readonly tree: ReadonlyMap<string | null, readonly OrgUnit[]>;
  /** The selection, passed only into branches that contain it, so a click re-renders two paths, not the tree. */
  readonly selectedId: string | null;
  readonly selectedPath: ReadonlySet<string>;
  readonly onSelect: (id: string) => void;
}

/** One level of the organisation tree as a nested list of buttons. */
export const Branch = memo(function Branch({ parentId, level, tree, selectedId, selectedPath, onSelect }: BranchProps) {
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

export const emptyPath: ReadonlySet<string> = new Set();
