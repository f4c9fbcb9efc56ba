import { Field, Select, Text } from "@fluentui/react-components";
import { ErrorCircleRegular } from "@fluentui/react-icons";
import {
  type ActionStatus,
  actionStatuses,
  type CommitteeInternalControlView,
  type InternalControlAction,
  internalControlActionUpdateRoute,
} from "@kvalitetskedjan/domain";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { DataTable } from "../shared/data-table.js";
import { ErrorMessage } from "../shared/error-message.js";
import { formatDate, periodName } from "../shared/period-name.js";
import { useAction } from "../shared/use-action.js";
import { useViewStyles } from "../shared/views.styles.js";
import { useRefreshInternalControl } from "./risk-form.js";

/** An action's status: a choice for whoever may change it, text for everyone else; overdue is said in words and an icon. */
export function ActionStatusCell({ api, action }: { api: ApiClient; action: InternalControlAction }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const refresh = useRefreshInternalControl();
  const change = useAction();
  const overdue = action.overdue ? (
    <Text size={200} className={styles.iconText}>
      <ErrorCircleRegular aria-hidden="true" />
      {t("ic.action.overdue")}
    </Text>
  ) : null;
  if (!action.canEdit) {
    return (
      <span className={styles.stack} style={{ gap: 0 }}>
        <Text size={200}>{t(`ic.action.status.${action.status}`)}</Text>
        {overdue}
      </span>
    );
  }
  return (
    <span className={styles.stack} style={{ gap: 0 }}>
      <Field label={t("ic.action.statusOf", { what: action.what })}>
        <Select
          value={action.status}
          disabled={change.busy}
          onChange={(_, d) =>
            void change.run(async () => {
              await api.call(internalControlActionUpdateRoute, {
                params: { id: action.id },
                body: { status: d.value as ActionStatus },
                ifMatch: action.etag,
              });
              refresh();
            })
          }
        >
          {actionStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`ic.action.status.${s}`)}
            </option>
          ))}
        </Select>
      </Field>
      {overdue}
      {change.error !== null && <ErrorMessage error={change.error} />}
    </span>
  );
}

/** The actions of deviations, with owner, due date and status; overdue first. */
export function ActionsTable({ api, actions, label }: { api: ApiClient; actions: readonly InternalControlAction[]; label: string }) {
  const { t, language } = useI18n();
  return (
    <DataTable
      label={label}
      columns={[t("ic.action.what"), t("ic.action.control"), t("ic.action.owner"), t("ic.action.dueOn"), t("ic.action.statusColumn")]}
      rows={[...actions]
        .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueOn.localeCompare(b.dueOn))
        .map((a) => ({
          key: a.id,
          cells: [
            a.what,
            a.controlTitle,
            a.ownerPersonName,
            formatDate(a.dueOn, language),
            <ActionStatusCell key="status" api={api} action={a} />,
          ],
        }))}
    />
  );
}

/** The committee's actions of the year. */
export function ActionsList({ api, view }: { api: ApiClient; view: CommitteeInternalControlView }) {
  const styles = useViewStyles();
  const { t, tp, language } = useI18n();
  const open = view.actions.filter((a) => a.status !== "done");
  const periods = new Map(view.periods.map((p) => [p.id, periodName(p, language)]));
  return (
    <div className={styles.stack}>
      <h2 id="actions-heading" className={styles.subheading}>
        {t("ic.action.title", { owner: view.owner.name })}
      </h2>
      <Text>
        {tp("ic.action.openCount", open.length)} · {tp("ic.action.overdueCount", open.filter((a) => a.overdue).length)}
      </Text>
      {view.actions.length === 0 ? (
        <Text>{t("ic.action.none")}</Text>
      ) : (
        <ActionsTable
          api={api}
          label={t("ic.action.title", { owner: view.owner.name })}
          actions={view.actions.map((a) => ({ ...a, controlTitle: `${a.controlTitle} (${periods.get(a.periodId) ?? a.periodId})` }))}
        />
      )}
    </div>
  );
}
