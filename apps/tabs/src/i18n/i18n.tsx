import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from "react";
import { type MessageKey, sv } from "./catalog.js";

export type Language = "sv" | "en";
export type Translate = (key: MessageKey, values?: Record<string, string>) => string;
/** Messages written once per plural category: `key.one`, `key.other`. */
type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.one` ? Base : never) : never;
/** A message for a count, its form chosen by the language's plural rules ("1 påminnelse", "2 påminnelser"). */
export type TranslatePlural = (key: PluralKey, count: number, values?: Record<string, string>) => string;

const catalogs: Partial<Record<Language, Readonly<Record<MessageKey, string>>>> = { sv };

/** True when the language's words are here (Swedish always is). */
export const isLoaded = (language: Language): boolean => catalogs[language] !== undefined;

/** Loads English, once; should it fail, the tabs stay in Swedish. */
export async function loadLanguage(language: Language): Promise<void> {
  if (isLoaded(language)) return;
  catalogs[language] = await import("./catalog.en.js").then((m) => m.en).catch(() => sv);
}

/** Teams locales look like `en-us` or `sv-se`: English for any `en`, otherwise Swedish. */
export const languageOf = (locale: string | null | undefined): Language => (locale?.toLowerCase().startsWith("en") ? "en" : "sv");

export function translator(language: Language): Translate {
  const catalog = catalogs[language] ?? sv;
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
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (!isLoaded(language)) void loadLanguage(language).then(() => setLoaded((n) => n + 1));
  }, [language]);
  const loaded = isLoaded(language);
  const value = useMemo(() => {
    const words = loaded ? language : "sv";
    const t = translator(words);
    return { language, t, tp: pluralTranslator(words, t) };
  }, [language, loaded]);
  // English arrives in one small chunk: nothing is shown in Swedish before it.
  if (!loaded) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = () => useContext(I18nContext);

/** True when `key` is a message key (for error codes and reasons from the API). */
export const hasMessage = (key: string): key is MessageKey => key in sv;
