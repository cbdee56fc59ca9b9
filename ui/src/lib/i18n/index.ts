// The message catalogue: t() looks a key up in the current locale's messages.
//
// The locale is set once at start-up from appInfo().locale, before the screens render; App.svelte
// re-renders everything under a {#key} on the locale, so this module needs no reactive state.

import type { Locale } from "../generated/ipc";
import { da } from "./da";
import { en } from "./en";

// The app's language is the shell's (src-tauri's `Locale`), so its type is generated.
export type { Locale };
export type MessageKey = keyof typeof da;
export type MessageParams = Record<string, string | number>;

/** Keys that have ".one" and ".other" forms, named without the suffix. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.one` ? (`${Base}.other` extends MessageKey ? Base : never) : never;
}[MessageKey];

const catalogues: Record<Locale, Record<MessageKey, string>> = { da, en };

let current: Locale = guessLocale();

/** Danish only when the app says the system is Danish; English otherwise. */
export function setLocale(locale: string): void {
  current = locale === "da" ? "da" : "en";
  document.documentElement.lang = current;
}

export function getLocale(): Locale {
  return current;
}

/** The BCP 47 tag used for Intl formatting in the current locale. */
export function intlLocale(locale: Locale = current): string {
  return locale === "da" ? "da-DK" : "en-GB";
}

export function t(key: MessageKey, params?: MessageParams): string {
  return tIn(current, key, params);
}

/**
 * t() in `locale` rather than the app's: for text shown in another language than the UI's, such
 * as the minutes preview, which is in the language the chair chose for the PDF.
 */
export function tIn(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const message = catalogues[locale][key];
  if (params === undefined) return message;
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === "number" ? formatNumber(value, locale) : value;
  });
}

/** t() for a count: picks the ".one" or ".other" form and passes the count as {count}. */
export function tn(key: PluralKey, count: number, params?: MessageParams): string {
  const form = new Intl.PluralRules(intlLocale()).select(count) === "one" ? "one" : "other";
  return t(`${key}.${form}` as MessageKey, { ...params, count });
}

export function formatNumber(value: number, locale: Locale = current): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value);
}

// Used only until appInfo() answers (the "loading" text), so the very first frame is not in the
// wrong language on an English system.
function guessLocale(): Locale {
  return typeof navigator !== "undefined" && navigator.language.toLowerCase().startsWith("da") ? "da" : "en";
}
