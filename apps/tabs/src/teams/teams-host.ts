// The only module that touches teams-js. It is loaded lazily, and only inside a frame,
// so the standalone view never waits for it (QUALITY-BAR 18).
export type TeamsTheme = "default" | "dark" | "contrast";

export interface TeamsSession {
  readonly locale: string;
  readonly theme: TeamsTheme;
  readonly frameContext: string;
  /** The sub-entity id of the deep link that opened the tab (an in-app route), if any. */
  readonly subPageId: string | null;
  readonly onThemeChange: (handler: (theme: TeamsTheme) => void) => void;
  readonly getToken: () => Promise<string>;
  readonly notifySuccess: () => void;
  /** Loading failed: Teams removes its loading indicator, so the tab's own error and retry are seen. */
  readonly notifyFailure: (reason: "auth" | "timeout" | "other", message: string) => void;
  readonly registerConfigSave: (contentPath: string, name: string, onSave?: () => Promise<void>) => void;
  /** The Teams meeting the tab is in (side panel, stage, details), with its organisation and chat; null elsewhere. */
  readonly meeting: { readonly id: string; readonly tenantId: string | null; readonly chatId: string | null } | null;
  /** Shares an app view to the meeting's stage for everyone (needs the MeetingStage.Write.Chat permission). */
  readonly shareToStage: (url: string) => Promise<void>;
}

const asTheme = (t: string | undefined): TeamsTheme => (t === "dark" || t === "contrast" ? t : "default");

/** Resolves to a Teams session, or null when not hosted by Teams within `timeoutMs`. */
export async function connectToTeams(timeoutMs = 3000): Promise<TeamsSession | null> {
  if (window.parent === window) return null;
  const teams = await import("@microsoft/teams-js");
  const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), timeoutMs));
  try {
    const outcome = await Promise.race([teams.app.initialize().then(() => "ok" as const), timeout]);
    if (outcome === "timeout") return null;
    const context = await teams.app.getContext();
    return {
      locale: context.app.locale,
      theme: asTheme(context.app.theme),
      frameContext: String(context.page.frameContext ?? "content"),
      subPageId: context.page.subPageId ?? null,
      onThemeChange: (handler) => teams.app.registerOnThemeChangeHandler((t) => handler(asTheme(t))),
      getToken: () => teams.authentication.getAuthToken(),
      notifySuccess: () => teams.app.notifySuccess(),
      notifyFailure: (reason, message) =>
        teams.app.notifyFailure({
          reason:
            reason === "auth"
              ? teams.app.FailedReason.AuthFailed
              : reason === "timeout"
                ? teams.app.FailedReason.Timeout
                : teams.app.FailedReason.Other,
          message,
        }),
      meeting: context.meeting?.id
        ? { id: context.meeting.id, tenantId: context.user?.tenant?.id ?? null, chatId: context.chat?.id ?? null }
        : null,
      shareToStage: (url) =>
        new Promise<void>((resolve, reject) =>
          teams.meeting.shareAppContentToStage(
            (error) => (error ? reject(new Error(error.message ?? String(error.errorCode))) : resolve()),
            url,
          ),
        ),
      registerConfigSave: (contentPath, name, onSave) => {
        teams.pages.config.registerOnSaveHandler((save) => {
          const base = window.location.origin;
          (onSave ? onSave() : Promise.resolve())
            .then(() =>
              teams.pages.config.setConfig({
                contentUrl: `${base}/${contentPath}`,
                websiteUrl: `${base}/${contentPath}`,
                entityId: contentPath,
                suggestedDisplayName: name,
              }),
            )
            .then(() => save.notifySuccess())
            .catch((e: unknown) => save.notifyFailure(String(e)));
        });
        teams.pages.config.setValidityState(true);
      },
    };
  } catch {
    return null;
  }
}
