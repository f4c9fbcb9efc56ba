/** The messages of internal control, in Swedish (the default; English is in messages.en.ts). Keys start with `ic.`. */
export const sv = {
  "ic.settings.title": "Internkontroll: riskskala och kategorier",
  "ic.settings.intro":
    "Risker bedöms efter sannolikhet och konsekvens. Riskvärdet är sannolikhet × konsekvens, och gränserna nedan avgör om en risk är låg, medel, hög eller mycket hög.",
  "ic.settings.probability": "Sannolikhet",
  "ic.settings.consequence": "Konsekvens",
  "ic.settings.step": "Steg {value}",
  "ic.settings.newStep": "Nytt steg",
  "ic.settings.addStep": "Lägg till ett steg i {axis}",
  "ic.settings.removeStep": "Ta bort sista steget i {axis}",
  "ic.settings.thresholds": "Gränser för risknivå",
  "ic.settings.thresholdsHint": "Riskvärdet är högst {max} med den här skalan. En nivå börjar vid det värde som anges.",
  "ic.settings.medium": "Medel från riskvärde",
  "ic.settings.high": "Hög från riskvärde",
  "ic.settings.veryHigh": "Mycket hög från riskvärde",
  "ic.settings.categories": "Riskkategorier",
  "ic.settings.categoriesHint": "En kategori per rad.",
  "ic.settings.save": "Spara riskskalan",
  "ic.settings.saved": "Riskskalan är sparad.",
  "reason.scale_steps_invalid": "Skalan behöver 2–10 steg, numrerade 1, 2, 3 …",
  "reason.thresholds_invalid":
    "Gränserna måste stiga: medel < hög < mycket hög, och mycket hög får inte vara större än skalans högsta riskvärde.",
} as const;
