import type { Notification } from "@kvalitetskedjan/domain";
import { describe, expect, it } from "vitest";
import { mailOf, teamsDeepLink } from "./graph-notification-channel.js";

const n: Notification = {
  id: "digest.p.2026-09-10",
  recipientPersonId: "p",
  activityType: "reportDue",
  templateParameters: { reportName: "2 rapporter", dueDate: "2026-09-15" },
  lines: ['Delårsrapport, <script>alert("x")</script> & co: sista dag 2026-09-15'],
  href: "#/report/2026/interim2/socn",
  subjectKeys: ["2026.interim2.socn"],
  sentBy: "system:report-reminders",
};

describe("the Graph notification channel's messages", () => {
  it("links into the app's personal tab with the in-app route as sub-entity id", () => {
    const link = new URL(teamsDeepLink("7d1f0c4e-1b2a-4c3d-8e9f-0a1b2c3d4e5f", n.href));
    expect(link.origin).toBe("https://teams.microsoft.com");
    expect(link.pathname).toBe("/l/entity/7d1f0c4e-1b2a-4c3d-8e9f-0a1b2c3d4e5f/home");
    expect(JSON.parse(link.searchParams.get("context") ?? "")).toEqual({ subEntityId: "#/report/2026/interim2/socn" });
  });

  it("writes the mail in Swedish with the feed's sentence as subject, and escapes what users typed", () => {
    const mail = mailOf(n, "https://teams.microsoft.com/l/entity/x/home?context=%7B%7D");
    expect(mail.subject).toBe("2 rapporter ska rapporteras senast 2026-09-15");
    expect(mail.html).toContain('<html lang="sv">');
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co");
    expect(mail.html).toContain('href="https://teams.microsoft.com/l/entity/x/home?context=%7B%7D"');
  });
});
