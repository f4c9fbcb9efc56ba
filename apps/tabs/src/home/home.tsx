import { Link, Spinner, Text } from "@fluentui/react-components";
import { myItemsGetRoute, myNotificationsListRoute } from "@kvalitetskedjan/domain";
import { hasMessage, useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { failureOf, useRead } from "../shared/api/queries.js";
import { ErrorMessage } from "../shared/error-message.js";
import { formatDate, periodName } from "../shared/period-name.js";
import { RevisionText } from "../shared/status.js";
import { useViewStyles } from "../shared/views.styles.js";

/** "My items": what is due for the signed-in person, and where they hold a role. */
export function HomeView({ api }: { api: ApiClient }) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const items = useRead(api, myItemsGetRoute);
  const sent = useRead(api, myNotificationsListRoute);
  const data = items.data ?? null;
  const notifications = sent.data ?? null;
  const { error, retry } = failureOf(items, sent);

  const date = (iso: string) => formatDate(iso, language);
  return (
    <div className={styles.stack}>
      <h1 className={styles.heading}>{t("home.title")}</h1>
      <Text>{t("home.intro")}</Text>
      <div>
        <Link href="#/overview">{t("home.openOverview")}</Link>
      </div>
      {error !== null && <ErrorMessage error={error} onRetry={retry} />}
      {data === null && error === null && <Spinner label={t("app.loading")} />}
      {data && (
        <>
          <section className={styles.card} aria-labelledby="due-heading">
            <h2 id="due-heading" className={styles.subheading}>
              {t("home.title")}
            </h2>
            {data.items.length === 0 ? (
              <Text>{t("home.nothingDue")}</Text>
            ) : (
              <ul className={styles.list}>
                {data.items.map((item) => (
                  <li key={`${item.kind}:${item.id}`} className={styles.row}>
                    <Link href={item.href}>{`${item.period ? periodName(item.period, language) : item.title}: ${item.scopeName}`}</Link>
                    {item.revision ? (
                      <RevisionText revision={item.revision} />
                    ) : (
                      <Text className={styles.muted}>
                        {hasMessage(`home.kind.${item.kind}`) ? t(`home.kind.${item.kind}` as "home.kind.report") : item.kind}
                        {item.dueDate ? ` · ${t("home.due", { date: date(item.dueDate) })}` : ""}
                      </Text>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className={styles.card} aria-labelledby="notifications-heading">
            <h2 id="notifications-heading" className={styles.subheading}>
              {t("home.notifications")}
            </h2>
            {notifications === null || notifications.notifications.length === 0 ? (
              <Text>{t("home.noNotifications")}</Text>
            ) : (
              <ul className={styles.list}>
                {notifications.notifications.map((n) => (
                  <li key={n.id} className={styles.stack}>
                    <Text size={200} className={styles.muted}>
                      {date(n.sentAt)}
                    </Text>
                    <ul className={styles.treeList}>
                      {n.lines.map((line) => (
                        <li key={line}>
                          <Text className={styles.wrap}>{line}</Text>
                        </li>
                      ))}
                    </ul>
                    <Link href={n.href}>
                      {n.templateParameters.reportName ?? n.templateParameters.documentName ?? n.templateParameters.itemName ?? n.href}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className={styles.card} aria-labelledby="resp-heading">
            <h2 id="resp-heading" className={styles.subheading}>
              {t("home.responsibilities")}
            </h2>
            {data.responsibilities.length === 0 ? (
              <Text>{t("home.noResponsibilities")}</Text>
            ) : (
              <ul className={styles.list}>
                {data.responsibilities.map((r) => (
                  <li key={`${r.role}:${r.scopeId}`} className={styles.row}>
                    <Text weight="semibold">{t(`role.${r.role}`)}</Text>
                    <Text className={styles.wrap}>
                      {r.scopeName} ({t(`kind.${r.scopeKind}`)})
                    </Text>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}
