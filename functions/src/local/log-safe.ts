/**
 * A log line kept to one line: control characters (CR, LF, ESC…) and the Unicode line
 * separators are written escaped, so no name or title a user typed can forge a line of
 * the console log or the outbox (QUALITY-BAR 26). Escaping twice changes nothing.
 */
export function logSafe(value: unknown): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being escaped.
  return String(value).replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) =>
    c === "\n" ? "\\n" : c === "\r" ? "\\r" : c === "\t" ? "\\t" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** `sink` with every line made safe first. */
export const safeLog =
  (sink: (line: string) => void) =>
  (line: string): void =>
    sink(logSafe(line));
