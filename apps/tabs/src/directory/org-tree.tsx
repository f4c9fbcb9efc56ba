import { Button } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
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
  /** The units whose children are shown. */
  readonly expanded: ReadonlySet<string>;
  readonly onToggle: (id: string) => void;
  /** While searching: the units shown (the matches and the units above them); null shows all. */
  readonly visible: ReadonlySet<string> | null;
}

/** One level of the organisation tree as a nested list of buttons, each branch shown or hidden by its own toggle. */
export const Branch = memo(function Branch(props: BranchProps) {
  const { parentId, level, tree, selectedId, selectedPath, onSelect, expanded, onToggle, visible } = props;
  const styles = useViewStyles();
  const { t } = useI18n();
  const units = (tree.get(parentId) ?? []).filter((u) => visible === null || visible.has(u.id));
  if (units.length === 0) return null;
  return (
    <ul className={level === 0 ? styles.treeRoot : styles.treeList}>
      {units.map((unit) => {
        const isSelected = unit.id === selectedId;
        const inside = selectedPath.has(unit.id);
        const hasChildren = (tree.get(unit.id)?.length ?? 0) > 0;
        const open = hasChildren && expanded.has(unit.id);
        return (
          <li key={unit.id}>
            <span className={styles.iconText}>
              {/* While searching, the way to every match is open and nothing folds. */}
              {hasChildren && visible === null ? (
                <Button
                  appearance="transparent"
                  size="small"
                  icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
                  aria-expanded={open}
                  aria-label={t(open ? "admin.collapse" : "admin.expand", { name: unit.name })}
                  onClick={() => onToggle(unit.id)}
                />
              ) : (
                <span aria-hidden="true" style={{ display: "inline-block", width: "24px" }} />
              )}
              <Button
                appearance={isSelected ? "primary" : "subtle"}
                className={styles.treeButton}
                aria-current={isSelected ? "true" : undefined}
                onClick={() => onSelect(unit.id)}
              >
                {unit.name}
                {unit.active ? "" : ` (${t("admin.inactive")})`}
              </Button>
            </span>
            {open && (
              <Branch
                {...props}
                parentId={unit.id}
                level={level + 1}
                selectedId={inside ? selectedId : null}
                selectedPath={inside ? selectedPath : emptyPath}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
});

export const emptyPath: ReadonlySet<string> = new Set();
