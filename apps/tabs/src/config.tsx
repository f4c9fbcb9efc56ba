import { Field, Select, Text } from "@fluentui/react-components";
import { type MeetingList, meetingsListRoute, meetingTeamsBindRoute } from "@kvalitetskedjan/domain";
import { useEffect, useState } from "react";
import { useI18n } from "./i18n/i18n.js";
import type { Area } from "./route.js";
import type { ApiClient } from "./shared/api/client.js";
import { ErrorMessage } from "./shared/error-message.js";
import { useViewStyles } from "./shared/views.styles.js";
import type { TeamsSession } from "./teams/teams-host.js";

/**
 * Configuration page of the channel / chat / meeting tab: which area the tab shows. Added to
 * a Teams meeting, it asks which committee meeting is held there, binds the two (in the
 * caller's own organisation only) and opens that meeting in the side panel.
 */
export function ConfigView({ api, session, areas }: { api: ApiClient; session: TeamsSession | null; areas: readonly Area[] }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const [area, setArea] = useState<(typeof areas)[number]>("home");
  const [meetings, setMeetings] = useState<MeetingList["meetings"] | null>(null);
  const [meetingId, setMeetingId] = useState("");
  const [error, setError] = useState<unknown>(null);
  const teamsMeeting = session?.meeting ?? null;

  useEffect(() => {
    if (!teamsMeeting) return;
    api
      .read(meetingsListRoute, { query: {} })
      .then((list) => {
        const open = list.meetings.filter((m) => m.state !== "adjusted");
        setMeetings(open);
        setMeetingId(open[0]?.id ?? "");
      })
      .catch(setError);
  }, [api, teamsMeeting]);

  useEffect(() => {
    if (teamsMeeting && meetingId) {
      session?.registerConfigSave(`?inTeams=1#/meetingPanel/${encodeURIComponent(meetingId)}`, t("nav.meetings"), async () => {
        await api.call(meetingTeamsBindRoute, {
          params: { id: meetingId },
          ifMatch: meetings?.find((m) => m.id === meetingId)?.etag ?? "",
          body: {
            teamsTenantId: teamsMeeting.tenantId ?? "",
            teamsMeetingId: teamsMeeting.id,
            ...(teamsMeeting.chatId ? { chatId: teamsMeeting.chatId } : {}),
          },
        });
      });
    } else if (!teamsMeeting) {
      session?.registerConfigSave(`?inTeams=1#/${area}`, `${t("app.name")} – ${t(`nav.${area}`)}`);
    }
  }, [api, session, teamsMeeting, meetingId, meetings, area, t]);

  return (
    <main className={styles.page}>
      <h1 className={styles.heading}>{t("config.title")}</h1>
      {teamsMeeting ? (
        <>
          {error !== null && <ErrorMessage error={error} />}
          <Field label={t("config.meeting")} hint={t("config.meetingHint")}>
            <Select value={meetingId} onChange={(_, d) => setMeetingId(d.value)}>
              {(meetings ?? []).map((m) => (
                <option key={m.id} value={m.id}>
                  {`${m.bodyName} ${m.date} ${m.startsAt}`}
                </option>
              ))}
            </Select>
          </Field>
        </>
      ) : (
        <Field label={t("config.area")}>
          <Select value={area} onChange={(_, d) => setArea(d.value as typeof area)}>
            {areas.map((a) => (
              <option key={a} value={a}>
                {t(`nav.${a}`)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Text>{t("config.saved")}</Text>
    </main>
  );
}
