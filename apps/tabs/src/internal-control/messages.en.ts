import type { sv } from "./messages.js";

/** English, chosen from the Teams locale and loaded only then. The type asks for every Swedish key. */
export const en: Record<keyof typeof sv, string> = {
  "ic.settings.title": "Internal control: risk scale and categories",
  "ic.settings.intro":
    "Risks are assessed by probability and consequence. The risk value is probability × consequence, and the thresholds below decide whether a risk is low, medium, high or very high.",
  "ic.settings.probability": "Probability",
  "ic.settings.consequence": "Consequence",
  "ic.settings.step": "Step {value}",
  "ic.settings.newStep": "New step",
  "ic.settings.addStep": "Add a step to {axis}",
  "ic.settings.removeStep": "Remove the last step of {axis}",
  "ic.settings.thresholds": "Thresholds of the risk levels",
  "ic.settings.thresholdsHint": "The risk value is at most {max} on this scale. A level begins at the value given.",
  "ic.settings.medium": "Medium from risk value",
  "ic.settings.high": "High from risk value",
  "ic.settings.veryHigh": "Very high from risk value",
  "ic.settings.categories": "Risk categories",
  "ic.settings.categoriesHint": "One category a line.",
  "ic.settings.save": "Save the risk scale",
  "ic.settings.saved": "The risk scale is saved.",
  "reason.scale_steps_invalid": "The scale needs 2–10 steps, numbered 1, 2, 3 …",
  "reason.thresholds_invalid":
    "The thresholds must rise: medium < high < very high, and very high no larger than the scale's highest risk value.",
};
