import { Button, Field, Input, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { ErrorCircleRegular } from "@fluentui/react-icons";
import { type BreakdownDimension, breakdownDimensions, type DialogueSettings, genders, type QuestionBody } from "@kvalitetskedjan/domain";
import { useId, useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import { useViewStyles } from "../shared/views.styles.js";

const useStyles = makeStyles({
  counts: { display: "grid", gap: tokens.spacingHorizontalS, gridTemplateColumns: "repeat(auto-fill, minmax(120px, 1fr))" },
  group: {
    borderTopWidth: tokens.strokeWidthThin,
    borderTopStyle: "solid",
    borderTopColor: tokens.colorNeutralStroke2,
    minWidth: 0,
    paddingTop: tokens.spacingVerticalS,
  },
  error: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS, color: tokens.colorPaletteRedForeground1 },
});
const scale = [2, 4, 6, 8] as const;

/** A question's answers per group as typed: `dimension:groupKey` → the four counts. */
export type GroupDraft = Record<string, [string, string, string, string]>;

export const toGroupDraft = (byGroup: QuestionBody["byGroup"]): GroupDraft =>
  Object.fromEntries(byGroup.map((g) => [`${g.dimension}:${g.groupKey}`, g.counts.map(String) as GroupDraft[string]]));

/** The groups with any count typed, as the API takes them; a group left empty is not sent. */
export const fromGroupDraft = (draft: GroupDraft): QuestionBody["byGroup"] =>
  Object.entries(draft).flatMap(([id, counts]) => {
    if (counts.every((c) => c.trim() === "")) return [];
    const [dimension, groupKey] = id.split(":") as [BreakdownDimension, string];
    return [{ dimension, groupKey, counts: counts.map((c) => Number(c || 0)) as QuestionBody["counts"] }];
  });

/**
 * A question's answers per group (women, 16–19, Norrfjärden), for the analysis of equality
 * the policy asks for: one dimension at a time, each group's four counts. Published, each
 * group's mean is shown only where its respondents are not a small cell.
 */
export function QuestionGroups({
  n,
  settings,
  value,
  onChange,
  message,
}: {
  n: number;
  settings: DialogueSettings;
  value: GroupDraft;
  onChange: (v: GroupDraft) => void;
  message: string | null;
}) {
  const styles = useViewStyles();
  const local = useStyles();
  const { t, tp } = useI18n();
  const id = useId();
  const entered = Object.keys(value).filter((k) => value[k]?.some((c) => c.trim() !== ""));
  const [open, setOpen] = useState(entered.length > 0 || message !== null);
  const [dimension, setDimension] = useState<BreakdownDimension>((entered[0]?.split(":")[0] as BreakdownDimension) ?? "gender");
  const groups =
    dimension === "gender"
      ? genders.map((g) => ({ key: g, name: t(`dlg.gender.${g}`) }))
      : dimension === "ageBand"
        ? settings.ageBands
        : settings.districts;
  return (
    <div className={styles.stack}>
      <div>
        <Button aria-expanded={open} aria-controls={`${id}-groups`} onClick={() => setOpen(!open)}>
          {tp("dlg.results.perGroup", entered.length, { n: String(n) })}
        </Button>
      </div>
      {message && (
        <Text size={200} className={local.error}>
          <ErrorCircleRegular aria-hidden="true" />
          {message}
        </Text>
      )}
      {open && (
        <div id={`${id}-groups`} className={styles.stack}>
          <Text size={200} className={styles.muted}>
            {t("dlg.results.perGroupHint")}
          </Text>
          <Field label={t("dlg.results.perGroupBy")}>
            <Select className={styles.fullWidth} value={dimension} onChange={(_, d) => setDimension(d.value as BreakdownDimension)}>
              {breakdownDimensions.map((d) => (
                <option key={d} value={d}>
                  {t(`dlg.results.dimension.${d}`)}
                </option>
              ))}
            </Select>
          </Field>
          {groups.length === 0 && <Text>{t("dlg.results.perGroupNone")}</Text>}
          {groups.map((g) => {
            const key = `${dimension}:${g.key}`;
            const counts = value[key] ?? ["", "", "", ""];
            return (
              <fieldset key={key} className={local.group}>
                <legend>{t("dlg.results.groupAnswers", { group: g.name })}</legend>
                <div className={local.counts}>
                  {scale.map((s, v) => (
                    <Field key={s} label={t("dlg.results.countFor", { value: String(s) })}>
                      <Input
                        type="number"
                        min={0}
                        step={1}
                        value={counts[v] ?? ""}
                        onChange={(_, d) =>
                          onChange({ ...value, [key]: counts.map((c, k) => (k === v ? d.value : c)) as GroupDraft[string] })
                        }
                      />
                    </Field>
                  ))}
                </div>
              </fieldset>
            );
          })}
        </div>
      )}
    </div>
  );
}
