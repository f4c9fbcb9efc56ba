import { Spinner, Text } from "@fluentui/react-components";
import { meetingGetRoute } from "@kvalitetskedjan/domain";
import { useI18n } from "../i18n/i18n.js";
import { detailScreens } from "../modules.js";
import { parseRoute, type Route } from "../route.js";
import type { ApiClient } from "../shared/api/client.js";
import { useRead } from "../shared/api/queries.js";
import { ErrorMessage } from "../shared/error-message.js";
import { useViewStyles } from "../shared/views.styles.js";

/**
 * An item on the meeting's stage, for everyone in the meeting: its title, summary and
 * decision, and the full view of what it is about — the report, the document, the goal —
 * through that module's own screen, whose heading is then the page's.
 */
export function MeetingStage({ api, meetingId, itemId }: { api: ApiClient; meetingId: string; itemId: string }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const read = useRead(api, meetingGetRoute, { params: { id: meetingId } });
  if (read.isError) return <ErrorMessage error={read.error} onRetry={() => void read.refetch()} />;
  if (!read.data) return <Spinner label={t("app.loading")} />;
  const m = read.data;
  const item = m.agenda.items.find((i) => i.id === itemId);
  if (!item) return <Text>{t("mtg.stage.gone")}</Text>;
  const route = item.href ? parseRoute(item.href, [], detailScreens) : null;
  const screen = route !== null && "detail" in route ? (route as Extract<Route, { detail: unknown }>).detail : null;
  const View = screen ? detailScreens.find((d) => d.name === screen.name)?.view : undefined;
  const n = m.agenda.items.indexOf(item) + 1;
  const where = `${t("mtg.name", { body: m.bodyName, number: String(m.number), year: m.date.slice(0, 4) })} · ${t("mtg.item.number", { n: String(n) })}`;
  return (
    <div className={styles.stack}>
      {/* With the object's own screen below, its heading is the page's one h1; the item's title is the line above it. */}
      {View ? (
        <Text size={200} className={`${styles.muted} ${styles.wrap}`}>{`${where}: ${item.title}`}</Text>
      ) : (
        <>
          <Text size={200} className={styles.muted}>
            {where}
          </Text>
          <h1 className={`${styles.heading} ${styles.wrap}`}>{item.title}</h1>
        </>
      )}
      {item.summary && <Text className={styles.wrap}>{item.summary}</Text>}
      {item.decision && (
        <Text weight="semibold">
          {t("mtg.decision.heading", { paragraph: String(item.decision.paragraph), type: t(`mtg.decision.${item.decision.type}`) })}
        </Text>
      )}
      {View && screen && <View api={api} params={screen.params} />}
    </div>
  );
}
