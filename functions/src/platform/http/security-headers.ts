/** Hosts that may frame the tabs: Teams, Microsoft 365 and Outlook (QUALITY-BAR 8). */
export const frameAncestors = [
  "'self'",
  "https://teams.microsoft.com",
  "https://*.teams.microsoft.com",
  "https://*.teams.microsoft.us",
  "https://*.cloud.microsoft",
  "https://*.office.com",
  "https://outlook.office.com",
  "https://outlook.office365.com",
  "https://*.microsoft365.com",
];

const common: Record<string, string> = {
  "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
};

/** Headers on every API response. API responses may carry personal data: never cached. */
export const apiHeaders: Record<string, string> = {
  ...common,
  "Cache-Control": "no-store",
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
};

/** Headers on the tab pages (HTML) and their assets. */
export const tabPageHeaders: Record<string, string> = {
  ...common,
  "Content-Security-Policy": [
    "default-src 'self'",
    "script-src 'self' https://res.cdn.office.net",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data: https://res-1.cdn.office.net https://static2.sharepointonline.com",
    "connect-src 'self'",
    `frame-ancestors ${frameAncestors.join(" ")}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join("; "),
};
