import { Button, Field, Input, Link, Radio, RadioGroup, Text, Textarea } from "@fluentui/react-components";
import { DeleteRegular } from "@fluentui/react-icons";
import type { Assessment } from "@kvalitetskedjan/domain";
import { useState } from "react";
import type { Translate } from "../i18n/i18n.js";
import { AssessmentText } from "../shared/status.js";
import { useViewStyles } from "../shared/views.styles.js";
import { assessments, type GoalDraft } from "./report-draft.js";

export function GoalFields({
  goalId,
  title,
  value,
  editable,
  onChange,
  messageFor,
  t,
}: {
  goalId: string;
  title: string;
  value: GoalDraft;
  editable: boolean;
  onChange: (change: Partial<GoalDraft>) => void;
  messageFor: (path: string) => string | undefined;
  t: Translate;
}) {
  const styles = useViewStyles();
  const [linkTitle, setLinkTitle] = useState("");
  const [linkUrl, setLinkUrl] = useState("");
  const base = `body.assessments.${goalId}`;
  const missing = messageFor(`report.assessments.${goalId}`);
  const evidenceError = value.evidence.map((_, n) => messageFor(`${base}.evidence.${n}.url`)).find((m) => m !== undefined);

  if (!editable) {
    return (
      <article className={styles.card} aria-label={title}>
        <Text weight="semibold" className={styles.wrap}>
          {title}
        </Text>
        {value.assessment === "" ? <Text size={200}>{t("assessment.none")}</Text> : <AssessmentText value={value.assessment} />}
        {value.analysis && <Text className={styles.wrap}>{`${t("report.analysis")}: ${value.analysis}`}</Text>}
        {value.actions && <Text className={styles.wrap}>{`${t("report.actions")}: ${value.actions}`}</Text>}
        {value.evidence.length > 0 && (
          <ul className={styles.list} aria-label={t("report.evidence")}>
            {value.evidence.map((e) => (
              <li key={e.url}>
                <Link href={e.url} target="_blank" rel="noreferrer">
                  {e.title}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </article>
    );
  }
  return (
    <fieldset className={styles.card}>
      <legend className={styles.wrap}>{title}</legend>
      <Field label={t("report.assessment")} required validationState={missing ? "error" : "none"} validationMessage={missing ?? null}>
        <RadioGroup value={value.assessment} onChange={(_, d) => onChange({ assessment: d.value as Assessment })}>
          {assessments.map((a) => (
            <Radio key={a} value={a} label={t(`assessment.${a}`)} />
          ))}
        </RadioGroup>
      </Field>
      <Field
        label={t("report.analysis")}
        hint={t("report.analysisHint")}
        required={value.assessment === "notFulfilled"}
        validationState={messageFor(`${base}.analysis`) ? "error" : "none"}
        validationMessage={messageFor(`${base}.analysis`) ?? null}
      >
        <Textarea value={value.analysis} maxLength={4000} onChange={(_, d) => onChange({ analysis: d.value })} />
      </Field>
      <Field label={t("report.actions")}>
        <Textarea value={value.actions} maxLength={4000} onChange={(_, d) => onChange({ actions: d.value })} />
      </Field>
      <Text weight="semibold">{t("report.evidence")}</Text>
      {value.evidence.length > 0 && (
        <ul className={styles.list}>
          {value.evidence.map((e, n) => (
            <li key={`${e.title}|${e.url}`} className={styles.row}>
              <Link className={styles.wrap} href={e.url} target="_blank" rel="noreferrer">
                {e.title}
              </Link>
              <Button
                size="small"
                icon={<DeleteRegular aria-hidden="true" />}
                aria-label={t("report.removeEvidence", { title: e.title })}
                onClick={() => onChange({ evidence: value.evidence.filter((_, i) => i !== n) })}
              />
            </li>
          ))}
        </ul>
      )}
      {evidenceError && <Text role="alert">{evidenceError}</Text>}
      <div className={styles.row}>
        <Field label={t("report.evidenceTitle")}>
          <Input value={linkTitle} maxLength={200} onChange={(_, d) => setLinkTitle(d.value)} />
        </Field>
        <Field label={t("report.evidenceUrl")}>
          <Input type="url" value={linkUrl} maxLength={2000} onChange={(_, d) => setLinkUrl(d.value)} />
        </Field>
      </div>
      <div>
        <Button
          size="small"
          disabled={linkTitle.trim() === "" || linkUrl.trim() === ""}
          onClick={() => {
            onChange({ evidence: [...value.evidence, { title: linkTitle.trim(), url: linkUrl.trim() }] });
            setLinkTitle("");
            setLinkUrl("");
          }}
        >
          {t("report.addEvidence")}
        </Button>
      </div>
    </fieldset>
  );
}
