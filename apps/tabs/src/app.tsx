import { Button, FluentProvider, Spinner, Tab, TabList, Text } from "@fluentui/react-components";
import type { Me } from "@kvalitetskedjan/domain";
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { type ApiClient, createApiClient } from "./api/client.js";
import { useAppStyles } from "./app.styles.js";
import { demoTokenProvider, rememberDemoUser, rememberedDemoUser } from "./auth.js";
import { ErrorMessage } from "./components/error-message.js";
import { I18nProvider, type Language, languageOf, useI18n } from "./i18n/i18n.js";
import { type Area, deepLinkHash, useHashRoute } from "./route.js";
import { failureReason } from "./teams/failure-reason.js";
import type { TeamsSession, TeamsTheme } from "./teams/teams-host.js";
import { fluentTheme, themeFromQuery } from "./theme.js";
import { ConfigView } from "./views/config.js";
import { HomeView } from "./views/home.js";
import { SignInView } from "./views/sign-in.js";

// Success toasts are not needed for the first paint: their code loads after it.
const SuccessToaster = lazy(() => import("./components/success-toaster.js").then((m) => ({ default: m.SuccessToaster })));

const GoalsView = lazy(() => import("./views/goals.js").then((m) => ({ default: m.GoalsView })));
const ReportingView = lazy(() => import("./views/reporting.js").then((m) => ({ default: m.ReportingView })));
const ReportView = lazy(() => import("./views/report.js").then((m) => ({ default: m.ReportView })));
const GoalDetailView = lazy(() => import("./views/goal-detail.js").then((m) => ({ default: m.GoalDetailView })));
const DocumentsView = lazy(() => import("./views/documents.js").then((m) => ({ default: m.DocumentsView })));
const DocumentDetailView = lazy(() => import("./views/documents.js").then((m) => ({ default: m.DocumentDetailView })));
const AdministrationView = lazy(() => import("./views/administration.js").then((m) => ({ default: m.AdministrationView })));

type Host = { kind: "detecting" } | { kind: "standalone" } | { kind: "teams"; session: TeamsSession };

const query = new URLSearchParams(window.location.search);

export function App() {
  const [host, setHost] = useState<Host>(() => (window.parent === window ? { kind: "standalone" } : { kind: "detecting" }));
  const [theme, setTheme] = useState<TeamsTheme>(() => themeFromQuery(window.location.search));
  const [tenantLanguage, setTenantLanguage] = useState<Language | null>(null);

  useEffect(() => {
    if (host.kind !== "detecting") return;
    let cancelled = false;
    import("./teams/teams-host.js")
      .then((m) => m.connectToTeams())
      .then((session) => {
        if (cancelled) return;
        if (!session) return setHost({ kind: "standalone" });
        setTheme(session.theme);
        session.onThemeChange(setTheme);
        // Opened from the activity feed or a reminder mail: go where the link points.
        const linked = deepLinkHash(session.subPageId);
        if (linked) window.location.hash = linked;
        setHost({ kind: "teams", session });
      })
      .catch(() => !cancelled && setHost({ kind: "standalone" }));
    return () => {
      cancelled = true;
    };
  }, [host.kind]);

  const language: Language =
    host.kind === "teams" ? languageOf(host.session.locale) : query.has("lang") ? languageOf(query.get("lang")) : (tenantLanguage ?? "sv");

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <FluentProvider theme={fluentTheme[theme]}>
      <I18nProvider language={language}>
        <Shell host={host} onTenantLanguage={setTenantLanguage} />
        <Suspense fallback={null}>
          <SuccessToaster />
        </Suspense>
      </I18nProvider>
    </FluentProvider>
  );
}

function Shell({ host, onTenantLanguage }: { host: Host; onTenantLanguage: (l: Language) => void }) {
  const styles = useAppStyles();
  const { t } = useI18n();
  const [demoUserId, setDemoUserId] = useState<string | null>(() => (host.kind === "standalone" ? rememberedDemoUser() : null));

  const api = useMemo<ApiClient | null>(() => {
    if (host.kind === "teams") return createApiClient(host.session.getToken);
    if (host.kind === "standalone" && demoUserId) return createApiClient(demoTokenProvider(demoUserId));
    return null;
  }, [host, demoUserId]);

  const signIn = useCallback((userId: string | null) => {
    rememberDemoUser(userId);
    setDemoUserId(userId);
  }, []);

  if (host.kind === "detecting") {
    return (
      <div className={styles.center}>
        <Spinner label={t("app.loading")} />
      </div>
    );
  }
  if (!api) {
    return (
      <div className={styles.root}>
        <main className={styles.main}>
          <SignInView onSignIn={signIn} />
        </main>
      </div>
    );
  }
  return (
    <SignedIn
      api={api}
      session={host.kind === "teams" ? host.session : null}
      onSignOut={host.kind === "standalone" ? () => signIn(null) : null}
      onTenantLanguage={onTenantLanguage}
    />
  );
}

function SignedIn({
  api,
  session,
  onSignOut,
  onTenantLanguage,
}: {
  api: ApiClient;
  session: TeamsSession | null;
  onSignOut: (() => void) | null;
  onTenantLanguage: (l: Language) => void;
}) {
  const styles = useAppStyles();
  const { t } = useI18n();
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [route, navigate] = useHashRoute();

  const load = useCallback(() => {
    setError(null);
    api
      .get<Me>("/api/me")
      .then((m) => {
        setMe(m);
        onTenantLanguage(m.tenant.defaultLocale);
      })
      .catch(setError);
  }, [api, onTenantLanguage]);
  useEffect(load, [load]);

  useEffect(() => {
    if (me && session) session.notifySuccess();
  }, [me, session]);
  // Sign-in or /api/me failed: Teams is told why, so its spinner goes and the error with its retry is seen.
  useEffect(() => {
    if (error && session) session.notifyFailure(failureReason(error), error instanceof Error ? error.message : String(error));
  }, [error, session]);

  if (error) {
    return (
      <main className={styles.main}>
        <ErrorMessage error={error} onRetry={load} />
        {onSignOut && <Button onClick={onSignOut}>{t("signIn.signOut")}</Button>}
      </main>
    );
  }
  if (!me) {
    return (
      <div className={styles.center}>
        <Spinner label={t("app.loading")} />
      </div>
    );
  }
  if (route.area === "config") return <ConfigView session={session} areas={me.areas} />;
  const report = route.area === "report" ? route.report : null;
  const goalId = route.area === "goal" ? route.goalId : null;
  const documentId = route.area === "document" ? route.documentId : null;
  const area: Area =
    route.area === "report"
      ? "reporting"
      : route.area === "goal"
        ? "goals"
        : route.area === "document"
          ? "documents"
          : me.areas.includes(route.area)
            ? route.area
            : "home";

  return (
    <div className={styles.root}>
      <button type="button" className={styles.skip} onClick={() => document.getElementById("main-content")?.focus()}>
        {t("app.skipToContent")}
      </button>
      <header className={styles.header}>
        <p className={styles.brand}>{t("app.name")}</p>
        <div className={styles.user}>
          <Text>{t("signIn.signedInAs", { name: me.person.name, tenant: me.tenant.name })}</Text>
          {onSignOut && (
            <Button size="small" onClick={onSignOut}>
              {t("signIn.signOut")}
            </Button>
          )}
        </div>
      </header>
      {me.areas.length > 1 && (
        <nav aria-label={t("nav.label")} className={styles.header}>
          <TabList className={styles.tabs} selectedValue={area} onTabSelect={(_, d) => navigate(d.value as Area)}>
            {me.areas.map((a) => (
              <Tab key={a} value={a}>
                {t(`nav.${a}`)}
              </Tab>
            ))}
          </TabList>
        </nav>
      )}
      <main id="main-content" tabIndex={-1} className={styles.main}>
        {area === "home" && <HomeView api={api} />}
        {report && (
          <Suspense fallback={<Spinner label={t("app.loading")} />}>
            <ReportView key={`${report.planYearId}/${report.periodId}/${report.ownerScopeId}`} api={api} reportRef={report} />
          </Suspense>
        )}
        {area === "reporting" && !report && (
          <Suspense fallback={<Spinner label={t("app.loading")} />}>
            <ReportingView api={api} me={me} />
          </Suspense>
        )}
        {goalId && (
          <Suspense fallback={<Spinner label={t("app.loading")} />}>
            <GoalDetailView key={goalId} api={api} goalId={goalId} />
          </Suspense>
        )}
        {area === "goals" && !goalId && (
          <Suspense fallback={<Spinner label={t("app.loading")} />}>
            <GoalsView api={api} me={me} />
          </Suspense>
        )}
        {documentId && (
          <Suspense fallback={<Spinner label={t("app.loading")} />}>
            <DocumentDetailView key={documentId} api={api} documentId={documentId} />
          </Suspense>
        )}
        {area === "documents" && !documentId && (
          <Suspense fallback={<Spinner label={t("app.loading")} />}>
            <DocumentsView api={api} me={me} />
          </Suspense>
        )}
        {area === "administration" && (
          <Suspense fallback={<Spinner label={t("app.loading")} />}>
            <AdministrationView api={api} me={me} />
          </Suspense>
        )}
      </main>
    </div>
  );
}
