import { Button, Field, Input, Select, Spinner, Text } from "@fluentui/react-components";
import {
  documentLibraryCandidatesRoute,
  documentLibraryGetRoute,
  documentLibraryUpdateRoute,
  type LibraryCandidates,
} from "@kvalitetskedjan/domain";
import { useEffect, useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import type { ApiClient } from "../shared/api/client.js";
import { failureOf, useRead, useSetRead } from "../shared/api/queries.js";
import { ErrorMessage } from "../shared/error-message.js";
import { ErrorSummary } from "../shared/error-summary.js";
import { SuccessNotice } from "../shared/success-notice.js";
import { useAction } from "../shared/use-action.js";
import { useFormSubmit } from "../shared/use-form-submit.js";
import { useViewStyles } from "../shared/views.styles.js";

/**
 * Where governing documents are filed (municipality administrators): the SharePoint site,
 * found by its address among the sites granted to the app, and one of its libraries.
 */
export function LibraryPanel({ api }: { api: ApiClient }) {
  const styles = useViewStyles();
  const { t } = useI18n();
  const read = useRead(api, documentLibraryGetRoute);
  const settings = read.data ?? null;
  const { error, retry } = failureOf(read);
  const setRead = useSetRead();
  const [siteUrl, setSiteUrl] = useState("");
  const [candidates, setCandidates] = useState<LibraryCandidates | null>(null);
  const [driveId, setDriveId] = useState("");
  const [saved, setSaved] = useState(false);
  const find = useAction();

  // The form starts from what is saved, and shows it again after a save.
  useEffect(() => {
    if (read.data) setSiteUrl(read.data.choice?.siteUrl ?? "");
  }, [read.data]);

  const lookUp = () =>
    find.run(async () => {
      setCandidates(null);
      const found = await api.read(documentLibraryCandidatesRoute, { query: { siteUrl: siteUrl.trim() } });
      setCandidates(found);
      setDriveId(found.libraries[0]?.driveId ?? "");
    });
  const form = useFormSubmit(["body.siteUrl", "body.driveId"], { "body.siteUrl": siteUrl.trim() !== "" }, async () => {
    setSaved(false);
    const res = await api.call(documentLibraryUpdateRoute, {
      body: { siteUrl: siteUrl.trim(), driveId },
      ifMatch: settings?.etag ?? "new",
    });
    setRead(documentLibraryGetRoute, {}, res.data);
    setSaved(true);
  });
  const siteError = form.messageFor("body.siteUrl");
  const driveError = form.messageFor("body.driveId");

  return (
    <section className={styles.card} aria-labelledby="library-panel-heading">
      <div className={styles.stack}>
        <h2 id="library-panel-heading" className={styles.subheading}>
          {t("library.title")}
        </h2>
        <Text>{t("library.intro")}</Text>
        {error !== null && <ErrorMessage error={error} onRetry={retry} />}
        {settings === null && error === null && <Spinner label={t("app.loading")} />}
        {settings && (
          <Text>
            {settings.choice
              ? t("library.current", { library: settings.choice.driveName, site: settings.choice.siteName })
              : settings.kind === "local"
                ? t("library.local")
                : t("library.none")}
          </Text>
        )}
        {settings && (
          <form className={styles.form} onSubmit={form.submit} aria-labelledby="library-panel-heading" noValidate>
            <Field
              label={t("library.siteUrl")}
              // The example address is one long word: it wraps rather than widen a 320 px screen.
              hint={{ children: t("library.siteUrlHint"), className: styles.wrap }}
              validationState={siteError ? "error" : "none"}
              validationMessage={siteError}
            >
              <Input type="url" value={siteUrl} maxLength={400} onChange={(_, d) => setSiteUrl(d.value)} />
            </Field>
            <div>
              <Button onClick={lookUp} disabled={find.busy || siteUrl.trim() === ""}>
                {t("library.find")}
              </Button>
            </div>
            {find.error !== null && <ErrorMessage error={find.error} />}
            {candidates && (
              <Field label={t("library.library")} validationState={driveError ? "error" : "none"} validationMessage={driveError}>
                <Select value={driveId} onChange={(_, d) => setDriveId(d.value)}>
                  {candidates.libraries.map((l) => (
                    <option key={l.driveId} value={l.driveId}>
                      {l.name}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
            {candidates && (
              <div>
                <Button type="submit" appearance="primary" disabled={form.busy || driveId === ""}>
                  {t("library.save")}
                </Button>
              </div>
            )}
            <SuccessNotice message={saved ? t("library.saved") : null} />
            <ErrorSummary form={form} />
            {form.general !== null && <ErrorMessage error={form.general} />}
          </form>
        )}
      </div>
    </section>
  );
}
