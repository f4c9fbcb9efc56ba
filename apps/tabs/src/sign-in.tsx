import { Button, Spinner, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { type DemoUser, listDemoUsers } from "./auth.js";
import { hasMessage, useI18n } from "./i18n/i18n.js";
import { ErrorMessage } from "./shared/error-message.js";
import { useViewStyles } from "./shared/views.styles.js";

/** Outside Teams: choose a demo user to be. */
export function SignInView({ onSignIn }: { onSignIn: (userId: string) => void }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const [users, setUsers] = useState<DemoUser[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    listDemoUsers().then(setUsers).catch(setError);
  }, []);

  const tenants = [...new Set((users ?? []).map((u) => u.tenantName))];
  return (
    <section className={styles.stack} aria-labelledby="sign-in-heading">
      <h1 id="sign-in-heading" className={styles.heading}>
        {t("signIn.title")}
      </h1>
      <Text>{t("signIn.intro")}</Text>
      {error !== null && <ErrorMessage error={error} />}
      {users === null && error === null && <Spinner label={t("app.loading")} />}
      {tenants.map((tenant) => (
        <section key={tenant} className={styles.stack} aria-label={tenant}>
          <h2 className={styles.subheading}>{tenant}</h2>
          <ul className={styles.userGrid}>
            {(users ?? [])
              .filter((u) => u.tenantName === tenant)
              .map((u) => (
                <li key={u.id}>
                  <Button className={styles.userButton} onClick={() => onSignIn(u.id)}>
                    <span className={styles.userLines}>
                      <span className={styles.visuallyHidden}>{t("signIn.asPrefix")} </span>
                      <span>{u.name}</span>
                      <span className={styles.muted}>
                        {u.roles.length === 0
                          ? t("signIn.noRoles")
                          : u.roles.map((r) => (hasMessage(`role.${r.role}`) ? t(`role.${r.role}` as never) : r.role)).join(", ")}
                      </span>
                    </span>
                  </Button>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
