/**
 * A key from a name a person typed: "Barn och unga" → "barn-och-unga" (the API's keys are
 * letters, digits and '-'); `fallback` when nothing of the name is left.
 */
export const keyOf = (name: string, fallback: string): string =>
  name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 64) || fallback;
