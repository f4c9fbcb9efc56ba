import { createContext, type ReactNode, useContext, useMemo } from "react";
import { en } from "./en.js";
import { type MessageKey, sv } from "./sv.js";

export type Language = "sv" | "en";
export type Translate = (key: MessageKey, values?: Record<string, string>) => string;

const catalogs: Record<Language, Record<MessageKey, string>> = { sv, en };

/** Teams locales look like `en-us` or `sv-se`: English for any `en`, otherwise Swedish. */
export const languageOf = (locale: string | null | undefined): Language => (locale?.toLowerCase().startsWith("en") ? "en" : "sv");

export function translator(language: Language): Translate {
  const catalog = catalogs[language];
  return (key, values) => {
    const text = catalog[key];
    return values ? text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`) : text;
  };
}

const I18nContext = createContext<{ language: Language; t: Translate }>({ language: "sv", t: translator("sv") });

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => ({ language, t: translator(language) }), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = () => useContext(I18nContext);

/** True when `key` is a message key (for error codes and reasons from the API). */
export const hasMessage = (key: string): key is MessageKey => key in sv;
