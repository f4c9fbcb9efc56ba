import { Field, Input, Select, Textarea } from "@fluentui/react-components";
import { type AgendaItem, type DecisionType, type Meeting, meetingDecisionRecordRoute, meetingGetRoute } from "@kvalitetskedjan/domain";
import { useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { useSetRead } from "../shared/api/queries.js";
import { ChoiceField } from "../shared/choice-field.js";
import { DateField } from "../shared/date-field.js";
import { ErrorMessage } from "../shared/error-message.js";
import { FormFooter } from "../shared/form-footer.js";
import { useActivePeople } from "../shared/people-choices.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";
import { useRefreshMeetings } from "./use-refresh-meetings.js";

/** The secretary's record of one item's decision: its type and text, an assignment's what, who and when, a document's valid-until. */
export function DecisionForm({ api, meeting, item, n }: { api: ApiClient; meeting: Meeting; item: AgendaItem; n: number }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const setRead = useSetRead();
  const refresh = useRefreshMeetings();
  const people = useActivePeople(api);
  const [type, setType] = useState<DecisionType>(item.decisionTypes[0] ?? "noted");
  const [text, setText] = useState("");
  const [what, setWhat] = useState("");
  const [owner, setOwner] = useState("");
  const [dueOn, setDueOn] = useState("");
  const [validUntil, setValidUntil] = useState("");
  const [saved, setSaved] = useState<string | null>(null);
  const assigning = type === "assigned";
  const adopting = item.kind === "documentAdopt" && type === "adopted";
  const form = useFormSubmit(
    [
      "body.type",
      "body.text",
      "body.assignment",
      "body.assignment.what",
      "body.assignment.ownerPersonId",
      "body.assignment.dueOn",
      "body.validUntil",
      "body.itemId",
    ],
    {
      "body.text": text.trim() !== "",
      ...(assigning
        ? {
            "body.assignment.what": what.trim() !== "",
            "body.assignment.ownerPersonId": owner !== "",
            "body.assignment.dueOn": dueOn !== "",
          }
        : {}),
    },
    async () => {
      const res = await api.call(meetingDecisionRecordRoute, {
        params: { id: meeting.id },
        body: {
          itemId: item.id,
          type,
          text: text.trim(),
          ...(assigning ? { assignment: { what: what.trim(), ownerPersonId: owner, dueOn } } : {}),
          ...(adopting && validUntil ? { validUntil } : {}),
        },
      });
      setRead(meetingGetRoute, { params: { id: meeting.id } }, res.data);
      const decided = res.data.agenda.items.find((i) => i.id === item.id)?.decision;
      setSaved(decided ? t("mtg.decide.saved", { paragraph: String(decided.paragraph) }) : null);
      refresh();
    },
  );
  const field = form.fieldProps;
  return (
    <form className={styles.form} onSubmit={form.submit} aria-label={t("mtg.decide", { n: String(n) })} noValidate>
      <Field label={t("mtg.decide.type")} {...field("body.type")}>
        <Select className={styles.fullWidth} value={type} onChange={(_, d) => setType(d.value as DecisionType)}>
          {item.decisionTypes.map((x) => (
            <option key={x} value={x}>
              {t(`mtg.decision.${x}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("mtg.decide.text")} required {...field("body.text")}>
        <Textarea value={text} maxLength={4000} onChange={(_, d) => setText(d.value)} />
      </Field>
      {assigning && (
        <>
          <Field label={t("mtg.decide.what")} required {...field("body.assignment.what")}>
            <Input value={what} maxLength={500} onChange={(_, d) => setWhat(d.value)} />
          </Field>
          {people.error !== null ? (
            <ErrorMessage error={people.error} onRetry={people.retry} />
          ) : (
            <ChoiceField
              label={t("mtg.decide.owner")}
              value={owner}
              choices={people.choices}
              onChange={setOwner}
              all={t("mtg.form.choose")}
              validation={field("body.assignment.ownerPersonId")}
            />
          )}
          <Field label={t("mtg.decide.dueOn")} required {...field("body.assignment.dueOn")}>
            <DateField value={dueOn} onChange={setDueOn} />
          </Field>
        </>
      )}
      {adopting && (
        <Field label={t("mtg.decide.validUntil")} hint={t("mtg.decide.validUntilHint")} {...field("body.validUntil")}>
          <DateField value={validUntil} onChange={setValidUntil} />
        </Field>
      )}
      <FormFooter form={form} submit={t("mtg.decide.save")} />
      <SuccessNotice message={saved} />
    </form>
  );
}
