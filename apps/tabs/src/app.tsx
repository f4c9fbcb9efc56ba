import { Button, FluentProvider, Spinner, Tab, TabList, Text } from "@fluentui/react-components";
import { type AppArea, appAreas, type Me, meGetRoute } from "@kvalitetskedjan/domain";
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { useAppStyles } from "./app.styles.js";
import { demoTokenProvider, rememberDemoUser, rememberedDemoUser } from "./auth.js";
import { ConfigView } from "./config.js";
import { loadHome } from "./home/index.js";
import { I18nProvider, type Language, languageOf, useI18n } from "./i18n/i18n.js";
import { areaViews, detailScreens } from "./modules.js";
import { deepLinkHash, useHashRoute } from "./route.js";
import { type ApiClient, createApiClient } from "./shared/api/client.js";
import { ErrorMessage } from "./shared/error-message.js";
import { SignInView } from "./sign-in.js";
import { failureReason } from "./teams/failure-reason.js";
import { meetingSurfaceOf, TeamsSessionContext } from "./teams/session-context.js";
import type { TeamsSession, TeamsTheme } from "./teams/teams-host.js";
import { fluentTheme, themeFromQuery } from "./theme.js";

// Success toasts are not needed for the first paint: their code loads after it.
const SuccessToaster = lazy(() => import("./shared/success-toaster.js").then((m) => ({ default: m.SuccessToaster })));
// The cache the screens read through, with the query library: not in the first paint.
const loadQueryProvider = () => import("./shared/api/query-provider.js");
const QueryProvider = lazy(() => loadQueryProvider().then((m) => ({ default: m.QueryProvider })));

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
  // One signed-in person, one cache: another person starts from nothing.
  return (
    <SignedIn
      key={host.kind === "teams" ? "teams" : (demoUserId ?? "")}
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
  const [route, navigate] = useHashRoute(appAreas, detailScreens);

  // While /api/me is answered, the cache and the first screen's code arrive. A failed
  // prefetch is only logged: the lazy screen asks for its code again when it is shown.
  useEffect(() => {
    const warn = (error: unknown) => console.warn("Prefetch failed; the screen loads it again when shown.", error);
    loadQueryProvider().catch(warn);
    if (route.area === "home") loadHome().catch(warn);
  }, [route.area]);

  const load = useCallback(() => {
    setError(null);
    api
      .read(meGetRoute)
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
  if (route.area === "config") return <ConfigView api={api} session={session} areas={me.areas} />;
  const detail = "detail" in route ? route.detail : null;
  const area = me.areas.includes(route.area) ? route.area : "home";
  const DetailView = detail && detailScreens.find((d) => d.name === detail.name)?.view;
  const AreaView = areaViews.get(area);
  const content = (
    <Suspense fallback={<Spinner label={t("app.loading")} />}>
      <QueryProvider>
        <TeamsSessionContext.Provider value={session}>
          {detail && DetailView ? (
            <DetailView key={detail.params.join("/")} api={api} params={detail.params} />
          ) : (
            AreaView && <AreaView api={api} me={me} />
          )}
        </TeamsSessionContext.Provider>
      </QueryProvider>
    </Suspense>
  );
  // In a Teams meeting's side panel (320 px) or on its stage the screen is all there is: no header, no navigation.
  if (meetingSurfaceOf(session, window.location.search)) {
    return (
      <main id="main-content" tabIndex={-1} className={styles.main}>
        {content}
      </main>
    );
  }

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
          <TabList className={styles.tabs} selectedValue={area} onTabSelect={(_, d) => navigate(d.value as AppArea)}>
            {me.areas.map((a) => (
              <Tab key={a} value={a}>
                {t(`nav.${a}`)}
              </Tab>
            ))}
          </TabList>
        </nav>
      )}
      <main id="main-content" tabIndex={-1} className={styles.main}>
        {content}
      </main>
    </div>
  );
}
