/**
 * The areas of the app (the tabs' top-level navigation), in the order they are shown. The
 * one list: the API answers each person a subset, the tabs register a view for each. No
 * zod here: the tabs' first paint imports this file.
 */
export const appAreas = [
  "home",
  "overview",
  "goals",
  "reporting",
  "results",
  "documents",
  "internalControl",
  "dialogue",
  "meetings",
  "administration",
] as const;
export type AppArea = (typeof appAreas)[number];
/** Areas only municipality administrators open. */
export const administratorAreas: readonly AppArea[] = ["administration"];
