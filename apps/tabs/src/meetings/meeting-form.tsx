import { Field, Input } from "@fluentui/react-components";
import { type MeetingList, meetingCreateRoute } from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import { meetingHash } from "../route.js";
import type { ApiClient } from "../shared/api/client.js";
import { ChoiceField } from "../shared/choice-field.js";
import { DateField } from "../shared/date-field.js";
import { ErrorMessage } from "../shared/error-message.js";
import { FormFooter } from "../shared/form-footer.js";
import { useActivePeople } from "../shared/people-choices.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";
import { useRefreshMeetings } from "./use-refresh-meetings.js";

/** Plans a meeting of a body the caller keeps the meetings of: when, where, its secretary and an adjuster. */
export function MeetingForm({ api, bodies }: { api: ApiClient; bodies: MeetingList["bodies"] }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const refresh = useRefreshMeetings();
  const people = useActivePeople(api);
  const [bodyId, setBodyId] = useState(bodies[0]?.id ?? "");
  const [date, setDate] = useState("");
  const [startsAt, setStartsAt] = useState("13:00");
  const [location, setLocation] = useState("");
  const [secretary, setSecretary] = useState("");
  const [adjuster, setAdjuster] = useState("");
  const form = useFormSubmit(
    ["body.bodyId", "body.date", "body.startsAt", "body.location", "body.secretaryPersonId", "body.adjusterPersonIds"],
    { "body.date": date !== "", "body.secretaryPersonId": secretary !== "" },
    async () => {
      const res = await api.call(meetingCreateRoute, {
        body: {
          bodyId,
          date,
          startsAt,
          location: location.trim(),
          secretaryPersonId: secretary,
          adjusterPersonIds: adjuster ? [adjuster] : [],
        },
      });
      refresh();
      window.location.hash = meetingHash(res.data.id);
    },
  );
  const field = form.fieldProps;
  return (
    <form className={styles.form} onSubmit={form.submit} aria-labelledby="meeting-form-heading" noValidate>
      <h2 id="meeting-form-heading" className={styles.subheading}>
        {t("mtg.plan")}
      </h2>
      <ChoiceField label={t("mtg.form.body")} value={bodyId} choices={bodies} onChange={setBodyId} validation={field("body.bodyId")} />
      <Field label={t("mtg.form.date")} required {...field("body.date")}>
        <DateField value={date} onChange={setDate} />
      </Field>
      <Field label={t("mtg.form.startsAt")} hint={t("mtg.form.startsAtHint")} {...field("body.startsAt")}>
        <Input value={startsAt} onChange={(_, d) => setStartsAt(d.value)} inputMode="numeric" maxLength={5} />
      </Field>
      <Field label={t("mtg.form.location")} {...field("body.location")}>
        <Input value={location} maxLength={200} onChange={(_, d) => setLocation(d.value)} />
      </Field>
      {people.error !== null ? (
        <ErrorMessage error={people.error} onRetry={people.retry} />
      ) : (
        <>
          <ChoiceField
            label={t("mtg.form.secretary")}
            value={secretary}
            choices={people.choices}
            onChange={setSecretary}
            all={t("mtg.form.choose")}
            validation={field("body.secretaryPersonId")}
          />
          <ChoiceField
            label={t("mtg.form.adjuster")}
            value={adjuster}
            choices={people.choices}
            onChange={setAdjuster}
            all={t("mtg.form.noAdjuster")}
            validation={field("body.adjusterPersonIds")}
          />
        </>
      )}
      <FormFooter form={form} submit={t("mtg.form.save")} />
    </form>
  );
}
