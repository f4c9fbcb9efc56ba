import {
  type DeliveryChannel,
  DeliveryFailure,
  type Notification,
  type NotificationChannel,
  type NotificationRecipient,
  renderActivityText,
} from "@kvalitetskedjan/domain";
import type { Client } from "@microsoft/microsoft-graph-client";
import { graphErrorOf, retryOptions } from "../platform/graph-client.js";

export interface GraphChannelOptions {
  readonly graph: (tenantId: string) => Client;
  /** The Teams app's id (the manifest's `id`): how the app is found among a person's installed apps. */
  readonly teamsAppId: string;
  /** The municipality's mailbox mail is sent from, or null when it has chosen none. */
  readonly mailSender: (tenantId: string) => Promise<string | null>;
}

/** Teams shows the first 150 characters of the preview. */
const previewLimit = 150;

/**
 * A Teams deep link to the app's personal tab, carrying the in-app route as the
 * sub-entity id; the tab opens that route when Teams hands it over.
 */
export function teamsDeepLink(teamsAppId: string, href: string): string {
  const context = encodeURIComponent(JSON.stringify({ subEntityId: href }));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/home?context=${context}`;
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

/** The mail a person without the app gets: the feed's sentence as subject, every line, and the link. */
export function mailOf(n: Notification, link: string): { subject: string; html: string } {
  const subject = renderActivityText(n);
  const items = n.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("");
  const html = `<!DOCTYPE html><html lang="sv"><body><p>${escapeHtml(subject)}</p><ul>${items}</ul><p><a href="${escapeHtml(link)}">Öppna i Kvalitetskedjan (Teams)</a></p></body></html>`;
  return { subject, html };
}

/**
 * What a Graph failure means for the notification: throttling and outages are tried
 * again later; an unknown person or a refused permission is not.
 */
function failureOf(error: unknown): DeliveryFailure {
  const graph = graphErrorOf(error);
  if (!graph) return new DeliveryFailure("graph_unreachable", true);
  const { status, retryAfterSeconds } = graph;
  if (status === 429) return new DeliveryFailure("graph_throttled", true, retryAfterSeconds);
  if (status === -1 || status >= 500) return new DeliveryFailure("graph_unavailable", true, retryAfterSeconds);
  if (status === 401) return new DeliveryFailure("graph_unauthorized", true);
  if (status === 403) return new DeliveryFailure("graph_forbidden", false);
  if (status === 404) return new DeliveryFailure("recipient_not_in_directory", false);
  return new DeliveryFailure(`graph_${status}`, false);
}

const isMissing = (error: unknown): boolean => {
  const status = graphErrorOf(error)?.status;
  return status === 403 || status === 404;
};

/**
 * Production delivery through Microsoft Graph, app-only: to the Teams activity feed when
 * the app is installed for the person (`sendActivityNotification`, with an activity type
 * the manifest declares and a deep link into the app), otherwise as mail from the
 * municipality's chosen mailbox (QUALITY-BAR 15).
 */
export function createGraphNotificationChannel(options: GraphChannelOptions): NotificationChannel {
  const policies = { patient: [retryOptions("patient")], impatient: [retryOptions("impatient")] };
  type Retry = (typeof policies)["patient"];

  const externalId = `'${options.teamsAppId.replace(/'/g, "''")}'`;

  /**
   * The app as installed for the person: its id in the organisation's catalogue, which deep
   * links need where the organisation published the app itself (it differs from the
   * manifest's id then); null when the person does not have the app.
   */
  async function installedFor(client: Client, retry: Retry, userId: string): Promise<string | null> {
    const answer = (await client
      .api(`/users/${encodeURIComponent(userId)}/teamwork/installedApps`)
      .expand("teamsApp")
      .filter(`teamsApp/externalId eq ${externalId}`)
      .middlewareOptions(retry)
      .get()) as { value?: { teamsApp?: { id?: string } }[] };
    const [first] = answer.value ?? [];
    return first ? (first.teamsApp?.id ?? options.teamsAppId) : null;
  }

  /** The app's id in a municipality's catalogue, for links in mail; the manifest's id where the catalogue cannot be read. */
  const catalogueIds = new Map<string, { at: number; id: string }>();
  async function catalogueId(tenantId: string, client: Client, retry: Retry): Promise<string> {
    const cached = catalogueIds.get(tenantId);
    if (cached && Date.now() - cached.at < 3_600_000) return cached.id;
    let id = options.teamsAppId;
    try {
      const answer = (await client.api("/appCatalogs/teamsApps").filter(`externalId eq ${externalId}`).middlewareOptions(retry).get()) as {
        value?: { id?: string }[];
      };
      id = answer.value?.[0]?.id ?? id;
    } catch (error) {
      // Without AppCatalog.Read.All (or the app not in the catalogue) the manifest's id is the best link there is.
      if (!isMissing(error) && graphErrorOf(error)?.status !== 400) throw error;
    }
    catalogueIds.set(tenantId, { at: Date.now(), id });
    return id;
  }

  async function toFeed(client: Client, retry: Retry, userId: string, appId: string, n: Notification): Promise<void> {
    const preview = n.lines.join(" · ");
    await client
      .api(`/users/${encodeURIComponent(userId)}/teamwork/sendActivityNotification`)
      .middlewareOptions(retry)
      .post({
        topic: { source: "text", value: "Kvalitetskedjan", webUrl: teamsDeepLink(appId, n.href) },
        activityType: n.activityType,
        previewText: { content: preview.length > previewLimit ? `${preview.slice(0, previewLimit - 1)}…` : preview },
        templateParameters: Object.entries(n.templateParameters).map(([name, value]) => ({ name, value })),
      });
  }

  async function toMail(client: Client, retry: Retry, tenantId: string, recipient: NotificationRecipient, n: Notification): Promise<void> {
    const sender = await options.mailSender(tenantId);
    if (!sender) throw new DeliveryFailure("no_mail_sender", false);
    if (!recipient.mail) throw new DeliveryFailure("recipient_without_mail", false);
    const { subject, html } = mailOf(n, teamsDeepLink(await catalogueId(tenantId, client, retry), n.href));
    await client
      .api(`/users/${encodeURIComponent(sender)}/sendMail`)
      .middlewareOptions(retry)
      .post({
        message: {
          subject,
          body: { contentType: "HTML", content: html },
          toRecipients: [{ emailAddress: { address: recipient.mail, name: recipient.name } }],
        },
        saveToSentItems: false,
      });
  }

  return {
    async deliver(tenantId, recipient, n, { patient }): Promise<DeliveryChannel> {
      const client = options.graph(tenantId);
      const retry = patient ? policies.patient : policies.impatient;
      try {
        const appId = await installedFor(client, retry, recipient.personId);
        if (appId) {
          try {
            await toFeed(client, retry, recipient.personId, appId, n);
            return "activityFeed";
          } catch (error) {
            // Uninstalled between the two calls: the person still gets the mail.
            if (!isMissing(error)) throw error;
          }
        }
        await toMail(client, retry, tenantId, recipient, n);
        return "mail";
      } catch (error) {
        throw error instanceof DeliveryFailure ? error : failureOf(error);
      }
    },
  };
}
