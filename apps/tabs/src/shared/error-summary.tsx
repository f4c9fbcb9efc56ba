import { Link, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { useI18n } from "../i18n/i18n.js";
import { useViewStyles } from "./views.styles.js";

const controls = "input, select, textarea, button";

/**
 * The control an entry is about: the one in the `Field` that carries `data-field`, or else the
 * invalid control whose description is the entry's message (a form that sets the message itself).
 */
function controlOf(within: ParentNode | null, path: string, message: string): HTMLElement | null {
  const tagged = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(path)}"] :is(${controls})`);
  if (tagged) return tagged;
  const invalid = [...(within ?? document).querySelectorAll<HTMLElement>(`[aria-invalid="true"]`)];
  return (
    invalid.find((c) =>
      (c.getAttribute("aria-describedby") ?? "").split(/\s+/).some((id) => document.getElementById(id)?.textContent?.trim() === message),
    ) ?? null
  );
}

/** A control's label as the person sees it, without the required mark. */
function labelOf(control: HTMLElement | null): string {
  const labelled = control?.getAttribute("aria-labelledby")?.split(/\s+/)[0];
  const text =
    (control as HTMLInputElement | null)?.labels?.[0]?.textContent ?? (labelled ? document.getElementById(labelled)?.textContent : "");
  return (text ?? "").replace(/\s*\*\s*$/, "").trim();
}

/**
 * After a submit fails, focus moves here: what is wrong, field by field, each a link that
 * takes the person to the field (WCAG 3.3.1, 2.4.3).
 */
export function ErrorSummary({
  form,
}: {
  form: { readonly summary: readonly { path: string; message: string }[]; readonly failures: number };
}) {
  const { t, tp } = useI18n();
  const styles = useViewStyles();
  const ref = useRef<HTMLDivElement>(null);
  const count = form.summary.length;
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves on each failed submit, not on every change of the list.
  useEffect(() => {
    if (form.failures > 0 && count > 0) ref.current?.focus();
  }, [form.failures]);
  // The fields' labels are read from the page once it shows the fields' errors: after each render, not during it.
  const [labels, setLabels] = useState<Readonly<Record<string, string>>>({});
  useLayoutEffect(() => {
    const within = ref.current?.closest("form") ?? null;
    const next: Record<string, string> = {};
    for (const e of form.summary) next[e.path] = labelOf(controlOf(within, e.path, e.message));
    setLabels((prev) => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
  });
  if (count === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className={styles.summary}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{tp("form.errors", count)}</MessageBarTitle>
          <ul className={styles.list}>
            {form.summary.map((e) => (
              <li key={e.path}>
                <Link as="button" onClick={() => controlOf(ref.current?.closest("form") ?? null, e.path, e.message)?.focus()}>
                  {`${labels[e.path] || t("form.field")}: ${e.message}`}
                </Link>
              </li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
