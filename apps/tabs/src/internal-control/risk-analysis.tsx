import { Button, Text } from "@fluentui/react-components";
import type { CommitteeInternalControlView, Risk } from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { DataTable } from "../shared/data-table.js";
import { useViewStyles } from "../shared/views.styles.js";
import { RiskEditor, RiskForm } from "./risk-form.js";
import { RiskLevelText } from "./risk-level.js";
import { type CellRef, CellRiskList, RiskMatrixView } from "./risk-matrix.js";

/** The decision about a risk in a few words. */
export function useDecisionText() {
  const { t } = useI18n();
  return (r: Risk) =>
    r.decision.kind === "accept"
      ? t("ic.decision.acceptedBecause", { reason: r.decision.reason })
      : r.decision.kind === "act"
        ? t("ic.decision.actBy", { note: r.decision.note })
        : t(`ic.decision.${r.decision.kind}`);
}

/** The materiality and risk analysis: the matrix, the risks of a chosen cell, every risk, and the forms. */
export function RiskAnalysis({ api, view }: { api: ApiClient; view: CommitteeInternalControlView }) {
  const styles = useViewStyles();
  const { t, tp } = useI18n();
  const decisionText = useDecisionText();
  const [selected, setSelected] = useState<CellRef | null>(null);
  const [registering, setRegistering] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const category = (key: string) => view.categories.find((c) => c.key === key)?.name ?? key;
  const edited = view.risks.find((r) => r.id === editing) ?? null;
  const label = t("ic.matrix.label", { owner: view.owner.name });
  return (
    <div className={styles.stack}>
      <section className={styles.card} aria-labelledby="matrix-heading">
        <h2 id="matrix-heading" className={styles.subheading}>
          {t("ic.matrix.title")}
        </h2>
        <Text className={styles.muted}>{tp("ic.risk.count", view.risks.length)}</Text>
        <RiskMatrixView matrix={view.matrix} label={label} selected={selected} onSelect={setSelected} />
        <CellRiskList matrix={view.matrix} selected={selected} detail={(r) => category(r.categoryKey)} />
      </section>
      {view.allowed.edit && !registering && (
        <div>
          <Button appearance="primary" onClick={() => setRegistering(true)}>
            {t("ic.risk.register")}
          </Button>
        </div>
      )}
      {registering && (
        <section className={styles.card}>
          <RiskForm api={api} view={view} onDone={() => setRegistering(false)} />
          <div>
            <Button onClick={() => setRegistering(false)}>{t("ic.cancel")}</Button>
          </div>
        </section>
      )}
      <h2 className={styles.subheading}>{t("ic.risk.listTitle")}</h2>
      {view.risks.length === 0 ? (
        <Text>{t("ic.risk.none")}</Text>
      ) : (
        <DataTable
          label={t("ic.risk.listTitle")}
          columns={[
            t("ic.risk.title"),
            t("ic.risk.category"),
            t("ic.risk.assessment"),
            t("ic.risk.level"),
            t("ic.decision.label"),
            ...(view.allowed.edit ? [t("ic.risk.change")] : []),
          ]}
          rows={[...view.risks]
            .sort((a, b) => b.value - a.value || a.title.localeCompare(b.title, "sv"))
            .map((r) => ({
              key: r.id,
              cells: [
                <span key="title" className={styles.wrap}>
                  {r.title}
                  {r.concerns ? <Text className={styles.muted}> · {r.concerns}</Text> : null}
                </span>,
                category(r.categoryKey),
                t("ic.risk.score", { probability: String(r.probability), consequence: String(r.consequence), value: String(r.value) }),
                <RiskLevelText key="level" level={r.level} />,
                decisionText(r),
                ...(view.allowed.edit
                  ? [
                      <Button
                        key="edit"
                        size="small"
                        aria-expanded={editing === r.id}
                        onClick={() => setEditing(editing === r.id ? null : r.id)}
                        aria-label={t("ic.risk.changeOne", { title: r.title })}
                      >
                        {t("ic.risk.change")}
                      </Button>,
                    ]
                  : []),
              ],
            }))}
        />
      )}
      {edited && (
        <section className={styles.card} aria-label={edited.title}>
          <h2 className={styles.subheading}>{edited.title}</h2>
          <Text className={styles.muted}>
            {t("ic.risk.history", {
              steps: edited.history.map((h) => `${h.assessedAt.slice(0, 10)}: ${h.probability}×${h.consequence}`).join(", "),
            })}
          </Text>
          <RiskEditor key={edited.etag} api={api} view={view} risk={edited} />
        </section>
      )}
    </div>
  );
}
