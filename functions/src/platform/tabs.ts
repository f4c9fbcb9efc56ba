import type { HttpRequest, HttpResponseInit } from "@azure/functions";
import { DomainError } from "@kvalitetskedjan/domain";
import { app } from "./azure-functions.js";
import { errorResponse } from "./http/route.js";
import { createStaticFiles } from "./http/static-files.js";

/**
 * In Azure the Function App serves the tabs as well as the API, on one origin: the pages
 * with `tabPageHeaders` (the same code as the local host's), and `/api/*` left to the API's
 * own routes — an unknown one is the API's 404, not a page. One host means no proxy between
 * the tabs and the API that could touch the `Authorization` header, and no CORS.
 */
export function tabsHandler(root: string): (request: HttpRequest) => Promise<HttpResponseInit> {
  const files = createStaticFiles(root);
  return async (request) => {
    const path = new URL(request.url).pathname;
    if (path === "/api" || path.startsWith("/api/")) return errorResponse(new DomainError("not_found", "There is no such endpoint."));
    return files.serve(path, request.headers.get("accept-encoding"));
  };
}

/** Registers the tabs with the Functions runtime: every GET the API's routes do not take (they are more specific). */
export function registerTabs(root: string): void {
  app.http("tabs", { methods: ["GET", "HEAD"], route: "{*path}", authLevel: "anonymous", handler: tabsHandler(root) });
}
