import { Button, Checkbox, Link, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { type PeriodOverview, type PlanYear, periodLockRoute, periodRemindRoute, type RemindResult } from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import { reportHash } from "../route.js";
import type { ApiClient } from "../shared/api/client.js";
import { ConfirmButton } from "../shared/confirm-button.js";
import { ErrorMessage } from "../shared/error-message.js";
import { formatDate, periodName } from "../shared/period-name.js";
import { ReportStatusText } from "../shared/status.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useAction } from "../shared/use-action.js";
import { useViewStyles } from "../shared/views.styles.js";

export function StatusList({
  api,
  year,
  overview,
  isAdmin,
  onChanged,
}: {
  api: ApiClient;
  year: PlanYear;
  overview: PeriodOverview;
  isAdmin: boolean;
  onChanged: () => void;
}) {
  const styles = useViewStyles();
  const { t, tp, language } = useI18n();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [result, setResult] = useState<RemindResult | null>(null);
  const { busy, error, run } = useAction();
  const unreported = overview.rows.filter((r) => r.status === "notStarted" || r.status === "draft");
  const reported = overview.rows.length - unreported.length;
  const locked = overview.period.lockedAt !== null;

  const remind = () =>
    run(async () => {
      setResult(null);
      const res = await api.call(periodRemindRoute, {
        params: { id: year.id, periodId: overview.period.id },
        body: { ownerScopeIds: [...selected] },
      });
      setResult(res.data);
      setSelected(new Set());
      onChanged();
    });

  return (
    <section className={styles.stack} aria-labelledby="status-heading">
      <h2 id="status-heading" className={styles.subheading}>
        {periodName(overview.period, language)}
      </h2>
      <Text>
        {t("report.deadline", { date: formatDate(overview.period.deadline, language) })} ·{" "}
        {t("reporting.summary", { reported: String(reported), total: String(overview.rows.length) })}
      </Text>
      {locked && (
        <MessageBar intent="info">
          <MessageBarBody>{t("reporting.lockedNote", { date: formatDate(overview.period.lockedAt ?? "", language) })}</MessageBarBody>
        </MessageBar>
      )}
      {overview.rows.length === 0 && <Text>{t("reporting.nobodyAsked")}</Text>}
      <ul className={styles.list} aria-label={t("reporting.status")}>
        {overview.rows.map((row) => {
          const open = row.status === "notStarted" || row.status === "draft";
          return (
            <li key={row.ownerScopeId} className={styles.card}>
              <div className={styles.row}>
                <Link
                  className={styles.wrap}
                  href={reportHash({ planYearId: year.id, periodId: overview.period.id, ownerScopeId: row.ownerScopeId })}
                >
                  {row.ownerName}
                </Link>
                <ReportStatusText status={row.status} overdue={row.overdue} />
              </div>
              <Text size={200} className={styles.wrap}>
                {`${t("reporting.recipients")}: ${row.recipients.length ? row.recipients.map((r) => r.name).join(", ") : t("reporting.noRecipient")}`}
              </Text>
              <Text size={200}>
                {row.remindedOn ? `${t("reporting.reminded")}: ${formatDate(row.remindedOn, language)}` : t("reporting.notReminded")}
              </Text>
              {isAdmin && open && !locked && row.recipients.length > 0 && (
                <Checkbox
                  label={t("reporting.select", { owner: row.ownerName })}
                  checked={selected.has(row.ownerScopeId)}
                  onChange={(_, d) => {
                    const next = new Set(selected);
                    if (d.checked) next.add(row.ownerScopeId);
                    else next.delete(row.ownerScopeId);
                    setSelected(next);
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
      {isAdmin && !locked && unreported.length > 0 && (
        <div className={styles.row}>
          <Button
            onClick={() => setSelected(new Set(unreported.filter((r) => r.recipients.length > 0).map((r) => r.ownerScopeId)))}
            disabled={busy}
          >
            {t("reporting.remindAll")}
          </Button>
          <Button appearance="primary" onClick={() => void remind()} disabled={busy || selected.size === 0}>
            {t("reporting.remind")}
          </Button>
        </div>
      )}
      <SuccessNotice message={result && tp("reporting.remindResult", result.sent, { already: String(result.alreadyRemindedToday) })} />
      {error !== null && <ErrorMessage error={error} />}
    </section>
  );
}

export function LockControl({
  api,
  year,
  periodId,
  onChanged,
}: {
  api: ApiClient;
  year: PlanYear;
  periodId: string;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const { busy, error, run } = useAction();
  const locked = year.periods.find((p) => p.id === periodId)?.lockedAt !== null;
  const toggle = () =>
    run(async () => {
      await api.call(periodLockRoute, { params: { id: year.id, periodId }, body: { locked: !locked }, ifMatch: year.etag });
      onChanged();
    });
  return (
    <div>
      {locked ? (
        <Button onClick={() => void toggle()} disabled={busy}>
          {t("reporting.unlock")}
        </Button>
      ) : (
        <ConfirmButton
          disabled={busy}
          title={t("reporting.lockTitle")}
          body={t("reporting.lockBody")}
          confirmLabel={t("reporting.lock")}
          onConfirm={() => toggle()}
        >
          {t("reporting.lock")}
        </ConfirmButton>
      )}
      {error !== null && <ErrorMessage error={error} />}
    </div>
  );
}
