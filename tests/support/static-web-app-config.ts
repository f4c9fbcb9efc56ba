import { tabPageHeaders } from "../../functions/src/platform/http/security-headers.js";

/**
 * What `apps/tabs/public/staticwebapp.config.json` must say (Vite copies it into the built
 * tabs, whichever build makes them: `npm run build` or azd's own): the very headers the
 * local host sends with the tab pages (`tabPageHeaders`), and assets cached for good (their
 * names carry a hash). `/api` goes to the linked Function App, whose answers keep their own
 * headers. To change it: change `tabPageHeaders`, then write this function's JSON to the file.
 */
export function staticWebAppConfig() {
  return {
    globalHeaders: tabPageHeaders,
    routes: [{ route: "/assets/*", headers: { "Cache-Control": "public, max-age=31536000, immutable" } }],
  };
}
