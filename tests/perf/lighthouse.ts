import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import puppeteer from "puppeteer-core";

/** Lighthouse's figures for one screen in one preset. */
export interface LighthouseFigures {
  readonly performance: number;
  readonly lcpMs: number;
  readonly tbtMs: number;
  /** JavaScript as sent over the wire (compressed), KB. */
  readonly jsKbSent: number;
}

const round = (n: number) => Math.round(n);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitForDevTools(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("Chromium's DevTools port did not open");
}

/**
 * Lighthouse 12 (performance only) on each screen, signed in as `userId`, in the mobile
 * preset (simulated slow 4G and 4× CPU) and the desktop preset, driving Debian's Chromium.
 * The demo user is set in the tab's sessionStorage before the app starts, as a chosen
 * sign-in is; Lighthouse keeps storage (`disableStorageReset`).
 */
export async function lighthouseScreens(
  baseUrl: string,
  userId: string,
  screens: readonly { readonly name: string; readonly hash: string }[],
): Promise<Record<string, { mobile: LighthouseFigures; desktop: LighthouseFigures }>> {
  const port = await freePort();
  const chrome: ChildProcess = spawn(
    process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    [
      "--headless=new",
      `--remote-debugging-port=${port}`,
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "about:blank",
    ],
    { stdio: "ignore" },
  );
  try {
    await waitForDevTools(port);
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
    const results: Record<string, { mobile: LighthouseFigures; desktop: LighthouseFigures }> = {};
    for (const screen of screens) {
      const run = async (preset: "mobile" | "desktop"): Promise<LighthouseFigures> => {
        // A fresh context a run: a cold load, nothing cached from the run before.
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        await page.evaluateOnNewDocument((id: string) => sessionStorage.setItem("kvalitetskedjan.demoUserId", id), userId);
        const answer = await lighthouse(
          `${baseUrl}#/${screen.hash}`,
          { port, output: "json", logLevel: "error", onlyCategories: ["performance"], disableStorageReset: true },
          preset === "desktop" ? desktopConfig : undefined,
          page,
        );
        await context.close();
        const lhr = answer?.lhr;
        if (!lhr) throw new Error(`Lighthouse gave no result for ${screen.name}`);
        const requests =
          (lhr.audits["network-requests"]?.details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)?.items ??
          [];
        const js = requests.filter((r) => r.resourceType === "Script").reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
        return {
          performance: round((lhr.categories.performance?.score ?? 0) * 100),
          lcpMs: round(lhr.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN),
          tbtMs: round(lhr.audits["total-blocking-time"]?.numericValue ?? Number.NaN),
          jsKbSent: round(js / 1024),
        };
      };
      results[screen.name] = { mobile: await run("mobile"), desktop: await run("desktop") };
    }
    await browser.disconnect();
    return results;
  } finally {
    chrome.kill("SIGKILL");
  }
}
