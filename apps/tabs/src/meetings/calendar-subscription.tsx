import { Button, Field, Input, Radio, RadioGroup, Spinner, Text } from "@fluentui/react-components";
import { CalendarCancelRegular, CalendarCheckmarkRegular, CopyRegular } from "@fluentui/react-icons";
import {
  type CalendarFeed,
  type CycleView,
  calendarFeedCreateRoute,
  calendarFeedGetRoute,
  calendarFeedRevokeRoute,
} from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { useRead, useSetRead } from "../shared/api/queries.js";
import { ChoiceField } from "../shared/choice-field.js";
import { ConfirmButton } from "../shared/confirm-button.js";
import { ErrorMessage } from "../shared/error-message.js";
import { formatDate } from "../shared/period-name.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useAction } from "../shared/use-action.js";
import { useViewStyles } from "../shared/views.styles.js";

/**
 * The person's own calendar subscription to the annual cycle: made with a secret address,
 * shown once to copy into Outlook or another calendar, made again (the old address stops
 * working) or revoked.
 */
export function CalendarSubscription({ api, bodies }: { api: ApiClient; bodies: readonly { id: string; name: string }[] }) {
  const styles = useViewStyles();
  const { t, language } = useI18n();
  const setRead = useSetRead();
  const read = useRead(api, calendarFeedGetRoute, {});
  const [view, setView] = useState<CycleView>("mine");
  const [bodyId, setBodyId] = useState("");
  const [made, setMade] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const action = useAction();
  const show = (feed: CalendarFeed) => setRead(calendarFeedGetRoute, {}, { ...feed, url: null });
  // From the version on screen: a change made meanwhile (another tab) is refused, and the
  // screen re-reads it so the next click acts on what is there now.
  const changing = (work: (etag: string) => Promise<void>) =>
    action.run(async () => {
      try {
        await work(read.data?.etag ?? "new");
      } catch (error) {
        void read.refetch();
        throw error;
      }
    });
  const make = () =>
    changing(async (etag) => {
      const res = await api.call(calendarFeedCreateRoute, { body: { view, ...(bodyId ? { bodyId } : {}) }, ifMatch: etag });
      show(res.data);
      setMade(res.data.url);
      setNotice(t("feed.made"));
    });
  const revoke = () =>
    changing(async (etag) => {
      const res = await api.call(calendarFeedRevokeRoute, { ifMatch: etag });
      show(res.data);
      setMade(null);
      setNotice(t("feed.revoked"));
    });
  const copy = () =>
    action.run(async () => {
      if (made) await navigator.clipboard.writeText(made);
      setNotice(t("feed.copied"));
    });
  const feed = read.data;
  return (
    <section className={`${styles.card} ${styles.stack}`} aria-labelledby="feed-heading">
      <h2 id="feed-heading" className={styles.subheading}>
        {t("feed.heading")}
      </h2>
      <Text className={styles.wrap}>{t("feed.intro")}</Text>
      {read.isError ? (
        <ErrorMessage error={read.error} onRetry={() => void read.refetch()} />
      ) : !feed ? (
        <Spinner size="tiny" label={t("app.loading")} />
      ) : (
        <Text className={`${styles.iconText} ${styles.wrap}`}>
          {feed.active ? <CalendarCheckmarkRegular aria-hidden="true" /> : <CalendarCancelRegular aria-hidden="true" />}
          {feed.active && feed.createdAt
            ? t("feed.active", { date: formatDate(feed.createdAt.slice(0, 10), language), view: t(`feed.view.${feed.view ?? "all"}`) })
            : t("feed.none")}
        </Text>
      )}
      {made && (
        <div className={styles.row} style={{ justifyContent: "flex-start", alignItems: "flex-end" }}>
          <Field label={t("feed.address")} hint={t("feed.addressHint")} style={{ flexGrow: 1, minWidth: 0 }}>
            <Input readOnly value={made} onFocus={(e) => e.currentTarget.select()} />
          </Field>
          <Button icon={<CopyRegular />} onClick={copy}>
            {t("feed.copy")}
          </Button>
        </div>
      )}
      <Field label={t("feed.what")}>
        <RadioGroup value={view} onChange={(_, d) => setView(d.value as CycleView)}>
          <Radio value="mine" label={t("feed.view.mine")} />
          <Radio value="all" label={t("feed.view.all")} />
        </RadioGroup>
      </Field>
      <ChoiceField label={t("cycle.body")} value={bodyId} choices={bodies} onChange={setBodyId} all={t("cycle.allBodies")} />
      <div className={styles.row} style={{ justifyContent: "flex-start" }}>
        {feed?.active ? (
          <ConfirmButton
            disabled={action.busy}
            title={t("feed.renew.title")}
            body={t("feed.renew.body")}
            confirmLabel={t("feed.renew")}
            onConfirm={make}
          >
            {t("feed.renew")}
          </ConfirmButton>
        ) : (
          <Button appearance="primary" disabled={action.busy || !feed} onClick={make}>
            {t("feed.make")}
          </Button>
        )}
        {feed?.active && (
          <ConfirmButton
            disabled={action.busy}
            title={t("feed.revoke.title")}
            body={t("feed.revoke.body")}
            confirmLabel={t("feed.revoke")}
            onConfirm={revoke}
          >
            {t("feed.revoke")}
          </ConfirmButton>
        )}
      </div>
      {action.error !== null && <ErrorMessage error={action.error} />}
      <SuccessNotice message={notice} />
    </section>
  );
}
