import { tabPageHeaders } from "./security-headers.js";

/**
 * The static web app's configuration for the tabs in Azure: the very headers the local host
 * sends with the tab pages (`tabPageHeaders`), assets cached for good (their names carry a
 * hash);
 * `/api` goes to the linked Function App, whose responses keep their own headers.
 */
export function staticWebAppConfig() {
  return {
    globalHeaders: tabPageHeaders,
    routes: [{ route: "/assets/*", headers: { "Cache-Control": "public, max-age=31536000, immutable" } }],
  };
}
