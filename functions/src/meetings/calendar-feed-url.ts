import type { Services } from "../platform/composition.js";

/** The API's public origin: the configured one (a custom domain), else the request's. */
export const publicOrigin = (services: Pick<Services, "config">, url: string): string =>
  services.config.API_PUBLIC_URL?.replace(/\/$/, "") ?? new URL(url).origin;

/** A subscription's address: read-only, no sign-in, the secret in the path (calendars cannot send headers). */
export const calendarFeedUrl = (origin: string, tenantId: string, token: string): string =>
  `${origin}/api/public/${tenantId}/calendar/${token}`;
