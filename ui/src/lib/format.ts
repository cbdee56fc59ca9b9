// Dates as the Rust side sends them: a local wall-clock time "YYYY-MM-DDTHH:MM[:SS]" with no zone,
// because a meeting is held at 14:00 in the room, whatever the laptop's time zone is.

import { getLocale, intlLocale, type Locale } from "./i18n";

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/;

/** "27. november 2026 kl. 14.00" in Danish, "27 November 2026 at 14:00" in English. */
export function formatDateTime(startsAt: string): string {
  const date = parseLocalDateTime(startsAt);
  if (date === null) return startsAt;
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: "long", timeStyle: "short" }).format(date);
}

/** "15. oktober 2026" in Danish, "15 October 2026" in English, from "YYYY-MM-DD". */
export function formatDate(isoDate: string): string {
  const date = parseLocalDateTime(`${isoDate}T00:00`);
  if (date === null) return isoDate;
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: "long" }).format(date);
}

/**
 * A typed date as the contract's "YYYY-MM-DD", or null when it is not a real date. Accepts ISO
 * ("2027-01-15") and the Danish day-first forms ("15.1.2027", "15-01-2027", "15/1/2027"). A text
 * field, not `<input type="date">`: WebKitGTK shows that one as mm/dd/yyyy whatever the language.
 */
export function toIsoDate(text: string): string | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(value);
  const [year, month, day] = iso !== null
    ? [iso[1], iso[2], iso[3]]
    : dayFirst !== null
      ? [dayFirst[3], dayFirst[2], dayFirst[1]]
      : [undefined, undefined, undefined];
  if (year === undefined || month === undefined || day === undefined) return null;
  const normalised = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  return parseLocalDateTime(`${normalised}T00:00`) === null ? null : normalised;
}

/**
 * A date as the app's date field shows it: "10.12.2026" in Danish, "10/12/2026" in English (day
 * first, as in the UK), whatever the operating system's locale. `toIsoDate` reads both back.
 */
export function toDateField(isoDate: string, locale: Locale = getLocale()): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (match === null) return isoDate;
  const [, year, month, day] = match;
  return locale === "da" ? `${day}.${month}.${year}` : `${day}/${month}/${year}`;
}

/**
 * A typed time of day as "HH:MM" (24-hour), or null: "13:00", "13.00", "1300", "9" and "9.30" are
 * all read. A text field, because WebKitGTK's time input follows the system's locale (AM/PM).
 */
export function toClock(text: string): string | null {
  const value = text.trim();
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(value);
  if (match === null) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? "0");
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

/** The local day of `moment` as "YYYY-MM-DD". */
export function toIsoDay(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** The date and time fields' values for the next whole hour after `now`, in the app's language. */
export function nextWholeHour(now: Date, locale: Locale = getLocale()): { date: string; time: string } {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate(), now.getHours() + 1, 0);
  return {
    date: toDateField(toIsoDay(next), locale),
    time: `${String(next.getHours()).padStart(2, "0")}:00`,
  };
}

/**
 * The typed date and time as the contract's `starts_at` ("YYYY-MM-DDTHH:MM:00"), or null when
 * either is not a real date or time.
 */
export function toStartsAt(dateText: string, timeText: string): string | null {
  const date = toIsoDate(dateText);
  const clock = toClock(timeText);
  if (date === null || clock === null) return null;
  return `${date}T${clock}:00`;
}

function parseLocalDateTime(value: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(value);
  if (match === null) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(year, month - 1, day, hour, minute, second);
  // Reject values the Date constructor silently rolls over, such as 2026-02-30.
  if (date.getMonth() !== month - 1 || date.getDate() !== day || hour > 23 || minute > 59) return null;
  return date;
}
