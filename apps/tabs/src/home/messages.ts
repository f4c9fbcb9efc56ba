/** The messages of My items, in Swedish (the default) and English. */
export const sv = {
  "home.title": "Mina uppgifter",
  "home.intro": "Det här behöver du göra. Rapporter och styrande dokument som väntar på dig visas här.",
  "home.nothingDue": "Du har inget som väntar just nu.",
  "home.responsibilities": "Mina ansvarsområden",
  "home.noResponsibilities": "Du har ingen roll ännu. Be en administratör om behörighet.",
  "home.due": "Senast {date}",
  "home.notifications": "Påminnelser",
  "home.noNotifications": "Inga påminnelser de senaste 30 dagarna.",
  "home.kind.report": "Att rapportera",
  "home.kind.reportToApprove": "Att godkänna",
  "home.kind.reportToReview": "Att behandla i nämnden",
} as const;

/** English, chosen from the Teams locale. The type asks for every Swedish key. */
export const en: Record<keyof typeof sv, string> = {
  "home.title": "My items",
  "home.intro": "What you need to do. Reports and governing documents waiting for you show up here.",
  "home.nothingDue": "Nothing is waiting for you right now.",
  "home.responsibilities": "My responsibilities",
  "home.noResponsibilities": "You have no role yet. Ask an administrator for access.",
  "home.due": "Due {date}",
  "home.notifications": "Reminders",
  "home.noNotifications": "No reminders in the last 30 days.",
  "home.kind.report": "To report",
  "home.kind.reportToApprove": "To approve",
  "home.kind.reportToReview": "To review in committee",
};
