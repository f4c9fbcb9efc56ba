import { createContext, type ReactNode, useContext, useMemo } from "react";
import { en, type MessageKey, sv } from "./catalog.js";

export type Language = "sv" | "en";
export type Translate = (key: MessageKey, values?: Record<string, string>) => string;
/** Messages written once per plural category: `key.one`, `key.other`. */
type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.one` ? Base : never) : never;
/** A message for a count, its form chosen by the language's plural rules ("1 påminnelse", "2 påminnelser"). */
export type TranslatePlural = (key: PluralKey, count: number, values?: Record<string, string>) => string;

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

export function pluralTranslator(language: Language, t: Translate = translator(language)): TranslatePlural {
  const rules = new Intl.PluralRules(language === "en" ? "en-GB" : "sv-SE");
  const numbers = new Intl.NumberFormat(language === "en" ? "en-GB" : "sv-SE");
  return (key, count, values) => {
    const form = rules.select(count) === "one" ? "one" : "other";
    return t(`${key}.${form}` as MessageKey, { count: numbers.format(count), ...values });
  };
}

interface I18n {
  readonly language: Language;
  readonly t: Translate;
  readonly tp: TranslatePlural;
}

const I18nContext = createContext<I18n>({ language: "sv", t: translator("sv"), tp: pluralTranslator("sv") });

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => {
    const t = translator(language);
    return { language, t, tp: pluralTranslator(language, t) };
  }, [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = () => useContext(I18nContext);

/** True when `key` is a message key (for error codes and reasons from the API). */
export const hasMessage = (key: string): key is MessageKey => key in sv;
