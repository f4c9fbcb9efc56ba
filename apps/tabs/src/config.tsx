import { Field, Select, Text } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useI18n } from "./i18n/i18n.js";
import type { Area } from "./route.js";
import { useViewStyles } from "./shared/views.styles.js";
import type { TeamsSession } from "./teams/teams-host.js";

/** Configuration page of the channel / chat / meeting tab: which area the tab shows. */
export function ConfigView({ session, areas }: { session: TeamsSession | null; areas: readonly Area[] }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const [area, setArea] = useState<(typeof areas)[number]>("home");

  useEffect(() => {
    session?.registerConfigSave(`?inTeams=1#/${area}`, `${t("app.name")} – ${t(`nav.${area}`)}`);
  }, [session, area, t]);

  return (
    <main className={styles.page}>
      <h1 className={styles.heading}>{t("config.title")}</h1>
      <Field label={t("config.area")}>
        <Select value={area} onChange={(_, d) => setArea(d.value as typeof area)}>
          {areas.map((a) => (
            <option key={a} value={a}>
              {t(`nav.${a}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Text>{t("config.saved")}</Text>
    </main>
  );
}
