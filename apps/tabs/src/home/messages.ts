/** The messages of My items, in Swedish (the default; English is in messages.en.ts). */
export const sv = {
  "home.title": "Mina uppgifter",
  "home.intro": "Det här behöver du göra. Rapporter och styrande dokument som väntar på dig visas här.",
  "home.openOverview": "Se hela kommunens läge i Översikt",
  "home.nothingDue": "Du har inget som väntar just nu.",
  "home.responsibilities": "Mina ansvarsområden",
  "home.noResponsibilities": "Du har ingen roll ännu. Be en administratör om behörighet.",
  "home.due": "Senast {date}",
  "home.notifications": "Påminnelser",
  "home.noNotifications": "Inga påminnelser de senaste 30 dagarna.",
  "home.kind.report": "Att rapportera",
  "home.kind.reportToApprove": "Att godkänna",
  "home.kind.reportToReview": "Att behandla i nämnden",
  "home.kind.controlToReport": "Kontroll att rapportera",
  "home.kind.internalControlAction": "Åtgärd efter avvikelse",
  "home.kind.internalControlActionOverdue": "Försenad åtgärd",
} as const;
