import { Field, Link, MessageBar, MessageBarBody, Text, Textarea } from "@fluentui/react-components";
import { type Activity, type ActivityOverlap, dialogueCoordinationSaveRoute } from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import { dialogueActivityHash } from "../route.js";
import type { ApiClient } from "../shared/api/client.js";
import { FormFooter } from "../shared/form-footer.js";
import { formatDate } from "../shared/period-name.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";
import { useRefreshDialogue } from "./activity-form.js";

/** After a save: the activity is saved, and any uncoordinated overlap is named as a warning (it never stopped the save). */
export function OverlapWarning({ activity, weeks, savedMessage }: { activity: Activity; weeks: number; savedMessage: string }) {
  const { t, tp } = useI18n();
  const open = activity.overlaps.filter((o) => o.coordinated === null);
  return (
    <>
      <SuccessNotice message={savedMessage} />
      {open.length > 0 && (
        <MessageBar intent="warning" role="status">
          <MessageBarBody>
            {open.length === 1
              ? t("dlg.overlap.warning.one", { title: open[0]?.title ?? "", weeks: String(weeks) })
              : tp("dlg.overlap.warning", open.length, { titles: open.map((o) => o.title).join(", "), weeks: String(weeks) })}{" "}
            <Link href={dialogueActivityHash(activity.id)}>{activity.title}</Link>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** The quality group's note that two overlapping activities are coordinated. */
function CoordinateForm({ api, activity, overlap }: { api: ApiClient; activity: Activity; overlap: ActivityOverlap }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const refresh = useRefreshDialogue();
  const [note, setNote] = useState("");
  const [saved, setSaved] = useState<string | null>(null);
  const form = useFormSubmit(["body.note", "body.activityIds"], { "body.note": note.trim() !== "" }, async () => {
    await api.call(dialogueCoordinationSaveRoute, {
      body: { activityIds: [activity.id, overlap.activityId], note: note.trim() },
      ifMatch: overlap.coordinated?.etag ?? "new",
    });
    setSaved(t("dlg.overlap.saved"));
    refresh();
  });
  return (
    <form className={styles.form} onSubmit={form.submit} aria-label={`${t("dlg.overlap.coordinate")}: ${overlap.title}`} noValidate>
      <Field label={t("dlg.overlap.note")} required {...form.fieldProps("body.note")}>
        <Textarea value={note} maxLength={1000} onChange={(_, d) => setNote(d.value)} />
      </Field>
      <FormFooter form={form} submit={t("dlg.overlap.coordinate")} />
      <SuccessNotice message={saved} />
    </form>
  );
}

/** The activities that reach an overlapping target group within the window, each coordinated or not. */
export function OverlapPanel({
  api,
  activity,
  weeks,
  canCoordinate,
}: {
  api: ApiClient;
  activity: Activity;
  weeks: number;
  canCoordinate: boolean;
}) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  if (activity.overlaps.length === 0) return null;
  return (
    <section className={styles.card} aria-labelledby="overlaps-heading">
      <h2 id="overlaps-heading" className={styles.subheading}>
        {t("dlg.overlap.title")}
      </h2>
      <Text>{t("dlg.overlap.intro", { weeks: String(weeks) })}</Text>
      <ul className={styles.list}>
        {activity.overlaps.map((o) => (
          <li key={o.activityId} className={styles.stack}>
            <Link href={dialogueActivityHash(o.activityId)}>{o.title}</Link>
            <Text className={styles.muted}>
              {t("dlg.period", { start: formatDate(o.startOn, language), end: formatDate(o.endOn, language) })} · {o.responsibleUnitName}
            </Text>
            <Text>{o.groups.map((g) => t("dlg.overlap.groups", g)).join("; ")}</Text>
            {o.coordinated ? (
              <Text>
                {t("dlg.overlap.coordinatedBy", {
                  by: o.coordinated.by,
                  at: formatDate(o.coordinated.at, language),
                  note: o.coordinated.note,
                })}
              </Text>
            ) : canCoordinate ? (
              <CoordinateForm api={api} activity={activity} overlap={o} />
            ) : (
              <MessageBar intent="warning">
                <MessageBarBody>{t("dlg.overlap.with", { title: o.title })}</MessageBarBody>
              </MessageBar>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
