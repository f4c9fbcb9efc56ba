import { z } from "zod";

/** Keys are opaque, URL-safe and bounded so they can be path segments and Cosmos ids. */
export const Key = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, "Only letters, digits, '-' and '_'.");

/** Entra object ids and tenant ids are GUIDs. */
export const Guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, "A GUID in lower case.");

export const Locale = z.enum(["sv", "en"]);
export type Locale = z.infer<typeof Locale>;

/**
 * One line of text a person typed (a name, a title): no control characters (CR, LF, TAB,
 * ESC…) and no Unicode line separators, which could forge a line of a log, a mail header
 * or a CSV row (QUALITY-BAR 26). Multi-line fields (descriptions, analyses) are plain strings.
 */
export const singleLine = (max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
    .refine((s) => !/[\u0000-\u001f\u007f\u2028\u2029]/.test(s), {
      message: "Write it on one line, without control characters.",
      params: { reason: "control_characters" },
    });

export const Name = singleLine(200);

export const ErrorBody = z.object({
  code: z.string(),
  message: z.string(),
  details: z.array(
    z.object({
      path: z.string().optional(),
      reason: z.string(),
      message: z.string().optional(),
      /** The values that would have been accepted, where they are few. */
      choices: z.array(z.string()).optional(),
    }),
  ),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Metadata every stored record exposes. `etag` goes back in `If-Match`. */
export const RecordMeta = z.object({
  etag: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
