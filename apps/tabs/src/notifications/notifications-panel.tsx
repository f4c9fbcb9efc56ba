import { Button, Field, Input, Spinner, Text } from "@fluentui/react-components";
import {
  type DeliveryOverview,
  type NotificationSettings,
  notificationDeliveriesGetRoute,
  notificationSettingsGetRoute,
  notificationSettingsUpdateRoute,
} from "@kvalitetskedjan/domain";
import { useState } from "react";
import { hasMessage, useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { failureOf, useRead, useSetRead } from "../shared/api/queries.js";
import { DataTable } from "../shared/data-table.js";
import { ErrorMessage } from "../shared/error-message.js";
import { ErrorSummary } from "../shared/error-summary.js";
import { formatDate } from "../shared/period-name.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";

/**
 * How reminders reach people (municipality administrators): the mailbox mail is sent from
 * when the Teams app is not installed, and the last 30 days' deliveries, with every
 * notification that has not arrived and why.
 */
export function NotificationsPanel({ api }: { api: ApiClient }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const settingsRead = useRead(api, notificationSettingsGetRoute);
  const overviewRead = useRead(api, notificationDeliveriesGetRoute);
  const settings = settingsRead.data ?? null;
  const overview = overviewRead.data ?? null;
  const { error, retry } = failureOf(settingsRead, overviewRead);
  const setRead = useSetRead();

  return (
    <section className={styles.card} aria-labelledby="notifications-heading">
      <div className={styles.stack}>
        <h2 id="notifications-heading" className={styles.subheading}>
          {t("notifications.title")}
        </h2>
        <Text>{t("notifications.intro")}</Text>
        {error !== null && <ErrorMessage error={error} onRetry={retry} />}
        {settings === null && error === null && <Spinner label={t("app.loading")} />}
        {settings && <MailSenderForm api={api} settings={settings} onSaved={(s) => setRead(notificationSettingsGetRoute, {}, s)} />}
        {overview && <Deliveries overview={overview} />}
      </div>
    </section>
  );
}

function MailSenderForm({
  api,
  settings,
  onSaved,
}: {
  api: ApiClient;
  settings: NotificationSettings;
  onSaved: (s: NotificationSettings) => void;
}) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const [sender, setSender] = useState(settings.mailSender ?? "");
  const [saved, setSaved] = useState(false);
  const form = useFormSubmit(["body.mailSender"], {}, async () => {
    setSaved(false);
    const res = await api.call(notificationSettingsUpdateRoute, {
      body: { mailSender: sender.trim() === "" ? null : sender.trim() },
      ifMatch: settings.etag,
    });
    onSaved(res.data);
    setSaved(true);
  });
  const senderError = form.messageFor("body.mailSender");
  return (
    <form className={styles.form} aria-labelledby="mail-sender-heading" onSubmit={form.submit} noValidate>
      <h3 id="mail-sender-heading" className={styles.subheading}>
        {t("notifications.mailTitle")}
      </h3>
      <Field
        label={t("notifications.mailSender")}
        hint={t("notifications.mailSenderHint")}
        validationState={senderError ? "error" : "none"}
        validationMessage={senderError}
      >
        <Input type="email" value={sender} maxLength={254} autoComplete="off" onChange={(_, d) => setSender(d.value)} />
      </Field>
      <Button type="submit" disabled={form.busy}>
        {t("notifications.save")}
      </Button>
      <SuccessNotice message={saved ? t("notifications.saved") : null} />
      <ErrorSummary form={form} />
      {form.general !== null && <ErrorMessage error={form.general} />}
    </form>
  );
}

function Deliveries({ overview }: { overview: DeliveryOverview }) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const { counts } = overview;
  const reason = (code: string | null) => {
    if (code === null) return "–";
    const key = `delivery.error.${code}`;
    return hasMessage(key) ? t(key) : code;
  };
  // Times as a Stockholm clock shows them, the municipality's own.
  const when = (iso: string) =>
    new Date(iso).toLocaleString(language === "en" ? "en-GB" : "sv-SE", {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "Europe/Stockholm",
    });
  return (
    <div className={styles.stack}>
      <h3 id="deliveries-heading" className={styles.subheading}>
        {t("notifications.deliveriesTitle", { since: formatDate(overview.since, language) })}
      </h3>
      <ul className={styles.list}>
        <li>{t("notifications.count.activityFeed", { n: String(counts.activityFeed) })}</li>
        <li>{t("notifications.count.mail", { n: String(counts.mail) })}</li>
        {counts.outbox > 0 && <li>{t("notifications.count.outbox", { n: String(counts.outbox) })}</li>}
        <li>{t("notifications.count.pending", { n: String(counts.pending) })}</li>
        <li>{t("notifications.count.failed", { n: String(counts.failed) })}</li>
      </ul>
      {overview.undelivered.length === 0 ? (
        <Text>{t("notifications.allDelivered")}</Text>
      ) : (
        <DataTable
          label={t("notifications.undelivered")}
          columns={[
            t("notifications.recipient"),
            t("notifications.about"),
            t("notifications.sentAt"),
            t("notifications.state"),
            t("notifications.reason"),
          ]}
          rows={overview.undelivered.map((n) => ({
            key: n.id,
            cells: [
              n.recipientName,
              n.summary,
              when(n.sentAt),
              n.state === "failed"
                ? t("notifications.state.failed", { attempts: String(n.attempts) })
                : t("notifications.state.pending", { next: n.nextAttemptAt ? when(n.nextAttemptAt) : "–" }),
              reason(n.lastError),
            ],
          }))}
        />
      )}
    </div>
  );
}
