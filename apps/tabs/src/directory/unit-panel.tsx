import { MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import {
  allowedParentKinds,
  type OrgTree,
  type OrgUnit,
  type OrgUnitKind,
  type RoleAssignment,
  roleAssignmentDeleteRoute,
  roleAssignmentsListRoute,
} from "@kvalitetskedjan/domain";
import { memo, useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { failureOf, useInvalidate, useRead } from "../shared/api/queries.js";
import { ConfirmButton } from "../shared/confirm-button.js";
import { ErrorMessage } from "../shared/error-message.js";
import { useViewStyles } from "../shared/views.styles.js";
import { AddUnitForm, GrantForm, RenameForm } from "./unit-forms.js";

export type Notice = { kind: "success"; text: string } | { kind: "error"; error: unknown } | null;

export const childKindsOf = (kind: OrgUnitKind): OrgUnitKind[] =>
  (Object.keys(allowedParentKinds) as OrgUnitKind[]).filter((k) => allowedParentKinds[k].includes(kind));

export const UnitPanel = memo(function UnitPanel({
  api,
  unit,
  units,
  onTreeChanged,
}: {
  api: ApiClient;
  unit: OrgTree["units"][number];
  units: readonly OrgUnit[];
  onTreeChanged: () => void;
}) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const read = useRead(api, roleAssignmentsListRoute, { query: { scopeId: unit.id } });
  const assignments = read.data?.assignments ?? null;
  const { error: loadError, retry } = failureOf(read);
  const invalidate = useInvalidate();
  const [notice, setNotice] = useState<Notice>(null);

  const load = () => void invalidate(roleAssignmentsListRoute);

  const revoke = async (a: RoleAssignment) => {
    setNotice(null);
    try {
      await api.call(roleAssignmentDeleteRoute, { params: { id: a.id }, ifMatch: a.etag });
      setNotice({ kind: "success", text: t("admin.revoked") });
      load();
    } catch (e) {
      setNotice({ kind: "error", error: e });
    }
  };

  const serves = (unit.servesCommitteeIds ?? []).map((id) => units.find((u) => u.id === id)?.name ?? id);
  const { canAdminister } = unit;

  return (
    <section className={styles.card} aria-labelledby="unit-heading">
      <h2 id="unit-heading" className={styles.subheading}>
        {unit.name}
      </h2>
      <Text>
        {t("admin.kind")}: {t(`kind.${unit.kind}`)}
      </Text>
      {serves.length > 0 && (
        <Text>
          {t("admin.serves")}: {serves.join(", ")}
        </Text>
      )}
      <div aria-live="polite">
        {notice?.kind === "success" && (
          <MessageBar intent="success">
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
        {notice?.kind === "error" && <ErrorMessage error={notice.error} />}
      </div>
      <h3 className={styles.subheading}>{t("admin.rolesHere")}</h3>
      {loadError !== null && <ErrorMessage error={loadError} onRetry={retry} />}
      {assignments === null && loadError === null && <Spinner size="small" label={t("app.loading")} />}
      {assignments?.length === 0 && <Text>{t("admin.noRolesHere")}</Text>}
      {assignments && assignments.length > 0 && (
        <ul className={styles.list}>
          {assignments.map((a) => (
            <li key={a.id} className={styles.row}>
              <Text className={styles.wrap}>
                {a.personName} – {t(`role.${a.role}`)}
              </Text>
              {canAdminister && (
                <ConfirmButton
                  size="small"
                  label={t("admin.revoke", { role: t(`role.${a.role}`), name: a.personName })}
                  title={t("admin.revokeTitle")}
                  body={t("admin.revoke", { role: t(`role.${a.role}`), name: a.personName })}
                  confirmLabel={t("admin.revokeShort")}
                  onConfirm={() => revoke(a)}
                >
                  {t("admin.revokeShort")}
                </ConfirmButton>
              )}
            </li>
          ))}
        </ul>
      )}
      <Text className={styles.muted}>{t("admin.inheritedNote")}</Text>
      {canAdminister && (
        <>
          <RenameForm
            // A new version of the unit (after any save or reload) starts the form from what is stored.
            key={unit.etag}
            api={api}
            unit={unit}
            onRenamed={(text) => {
              setNotice({ kind: "success", text });
              onTreeChanged();
            }}
            onReload={onTreeChanged}
          />
          <GrantForm
            api={api}
            unit={unit}
            onGranted={(text) => {
              setNotice({ kind: "success", text });
              load();
            }}
          />
          <AddUnitForm
            api={api}
            unit={unit}
            onAdded={(text) => {
              setNotice({ kind: "success", text });
              onTreeChanged();
            }}
          />
        </>
      )}
    </section>
  );
});
