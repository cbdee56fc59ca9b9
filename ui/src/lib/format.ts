// Dates as the Rust side sends them: a local wall-clock time "YYYY-MM-DDTHH:MM[:SS]" with no zone,
// because a meeting is held at 14:00 in the room, whatever the laptop's time zone is.

import { intlLocale } from "./i18n";

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/;

/** "27. november 2026 kl. 14.00" in Danish, "27 November 2026 at 14:00" in English. */
export function formatDateTime(startsAt: string): string {
  const date = parseLocalDateTime(startsAt);
  if (date === null) return startsAt;
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: "long", timeStyle: "short" }).format(date);
}

/** The value of an `<input type="datetime-local">` for the next whole hour after `now`. */
export function nextWholeHour(now: Date): string {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate(), now.getHours() + 1, 0);
  return toInputValue(next);
}

/**
 * Turns a datetime-local input value ("YYYY-MM-DDTHH:MM", seconds optional) into the contract's
 * `starts_at` ("YYYY-MM-DDTHH:MM:00"), or null when the value is empty or not a real date and time.
 */
export function toStartsAt(inputValue: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(inputValue.trim());
  if (match === null || parseLocalDateTime(inputValue.trim()) === null) return null;
  return `${match[1]}:00`;
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

function toInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}
