// The message catalogue: t() renders a message of Gavel's one catalogue (crates/gavel-messages,
// Project Fluent), which the Rust side renders too; the generated module carries its sources and
// the arguments each message takes.
//
// The locale is set once at start-up from appInfo().locale, before the screens render; App.svelte
// re-renders everything under a {#key} on the locale, so this module needs no reactive state.

import { FluentBundle, FluentResource } from "@fluent/bundle";
import type { Locale } from "../generated/ipc";
import { CATALOGUE, type MessageArguments, type MessageKey } from "../generated/messages";

// The app's language is the shell's (src-tauri's `Locale`), so its type is generated.
export type { Locale, MessageArguments, MessageKey };

/**
 * A message's arguments; none for a message without variables. Distributed over a union of keys,
 * so that a key chosen at run time takes the arguments of whichever message it names.
 */
export type ArgumentsOf<K extends MessageKey> = K extends MessageKey
  ? MessageArguments[K] extends Record<string, never>
    ? []
    : [arguments: MessageArguments[K]]
  : never;

const bundles = new Map<Locale, FluentBundle>();

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

/** The message `key` in the app's language; a count in the arguments chooses a noun's form. */
export function t<K extends MessageKey>(key: K, ...args: ArgumentsOf<K>): string {
  return tIn(current, key, ...args);
}

/**
 * t() in `locale` rather than the app's: for text shown in both languages at once, such as the
 * start-up page that says another Gavel is open.
 */
export function tIn<K extends MessageKey>(locale: Locale, key: K, ...args: ArgumentsOf<K>): string {
  const bundle = bundleOf(locale);
  const message = bundle.getMessage(key);
  if (message?.value == null) return key;
  // With an errors array @fluent/bundle words what it can (an argument missing at run time shows
  // as "{$name}") instead of throwing, which would take the whole screen down.
  const errors: Error[] = [];
  const text = bundle.formatPattern(message.value, args[0], errors);
  for (const error of errors) console.error(`message ${key}: ${error.message}`);
  return text;
}

export function formatNumber(value: number, locale: Locale = current): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value);
}

function bundleOf(locale: Locale): FluentBundle {
  let bundle = bundles.get(locale);
  if (bundle === undefined) {
    // No isolation marks around arguments: both languages run left to right, and the marks would
    // end up in copied text and in what the end-to-end tests read.
    bundle = new FluentBundle(intlLocale(locale), { useIsolating: false });
    for (const source of CATALOGUE[locale]) bundle.addResource(new FluentResource(source));
    bundles.set(locale, bundle);
  }
  return bundle;
}

// Used only until appInfo() answers (the "loading" text), so the very first frame is not in the
// wrong language on an English system.
function guessLocale(): Locale {
  return typeof navigator !== "undefined" && navigator.language.toLowerCase().startsWith("da") ? "da" : "en";
}
