// Pure helpers for the minutes screen: the minutes preview worded in the language chosen for the
// PDF (which may differ from the app's), as gavel-minutes words the PDF, and the lines of a
// signature check. Nothing here talks to the Rust side.

import type { SignatureView } from "./api";
import type {
  Ballot,
  Bilingual,
  Minutes,
  MinutesActionItem,
  MinutesAttendee,
  MinutesPoll,
  PollKind,
} from "./generated/types";
import { formatNumber, intlLocale, tIn, type Locale, type MessageKey, type MessageParams } from "./i18n";

/** Wording in one language: the preview's, whatever the app's language is. */
export type Words = {
  locale: Locale;
  t: (key: MessageKey, params?: MessageParams) => string;
  /** "17. september 2026" / "17 September 2026", from "YYYY-MM-DD…". */
  date: (iso: string) => string;
  /** "10:02" from "10:02:00", "2026-09-17T10:02:00" or "2026-09-17T10:02:00.138" (the app records
   * milliseconds), as the PDF prints times. */
  clock: (time: string) => string;
  /** The backend's bilingual texts (quorum, rule, result) in this language. */
  bilingual: (text: Bilingual) => string;
  number: (value: number) => string;
};

export function wordsIn(locale: Locale): Words {
  const longDate = new Intl.DateTimeFormat(intlLocale(locale), { day: "numeric", month: "long", year: "numeric" });
  return {
    locale,
    t: (key, params) => tIn(locale, key, params),
    date: (iso) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
      if (match === null) return iso;
      return longDate.format(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    },
    clock: (time) => {
      const match = /(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(time);
      return match === null ? time : `${match[1]}:${match[2]}`;
    },
    bilingual: (text) => (locale === "da" ? text.da : text.en),
    number: (value) => formatNumber(value, locale),
  };
}

/** The meeting's time as the PDF prints it: "10:02–11:55 (indkaldt til 10:00)". */
export function meetingTime(words: Words, minutes: Minutes): string {
  const start = minutes.opened_at ?? minutes.starts_at;
  const startDay = start.slice(0, 10);
  const endDay = minutes.closed_at.slice(0, 10);
  let time =
    startDay === endDay
      ? `${words.clock(start)}–${words.clock(minutes.closed_at)}`
      : `${words.date(start)} ${words.clock(start)} – ${words.date(minutes.closed_at)} ${words.clock(minutes.closed_at)}`;
  if (minutes.opened_at !== null && words.clock(minutes.starts_at) !== words.clock(start)) {
    time += ` (${words.t("minutesDoc.calledFor", { time: words.clock(minutes.starts_at) })})`;
  }
  return time;
}

/** "Til stede", "Til stede fra 10:25", "Gik 11:40", "Fraværende; fuldmagt til Louise Damgaard". */
export function attendanceText(words: Words, attendee: MinutesAttendee, openedAt: string | null): string {
  const opened = openedAt === null ? null : words.clock(openedAt);
  const arrived = attendee.arrived_at === null ? null : words.clock(attendee.arrived_at);
  // Times are "HH:MM", so comparing the strings compares the times.
  const lateArrival = arrived !== null && opened !== null && arrived > opened ? arrived : null;
  const left = attendee.left_at === null ? null : words.clock(attendee.left_at);
  let text: string;
  switch (attendee.attendance) {
    case "present":
      text =
        lateArrival === null ? words.t("minutesDoc.present") : words.t("minutesDoc.presentFrom", { time: lateArrival });
      break;
    case "left":
      if (lateArrival !== null) {
        text = words.t("minutesDoc.presentFromLeft", { from: lateArrival, left: left ?? "" });
      } else {
        text = left === null ? words.t("minutesDoc.leftUnknown") : words.t("minutesDoc.left", { time: left });
      }
      break;
    case "absent":
      text = words.t("minutesDoc.absent");
      break;
    case "excused":
      text = words.t("minutesDoc.excused");
      break;
    case "unknown":
      text = words.t("minutesDoc.unknown");
      break;
  }
  return attendee.proxy_holder === null
    ? text
    : words.t("minutesDoc.proxyTo", { attendance: text, name: attendee.proxy_holder });
}

/** The name column: "Anne-Marie Bæk (stemmevægt 2)" when the weight is not 1. */
export function attendeeName(words: Words, attendee: MinutesAttendee): string {
  return attendee.voting_right && attendee.vote_weight !== 1
    ? words.t("minutesDoc.voteWeight", { name: attendee.name, weight: attendee.vote_weight })
    : attendee.name;
}

/** The role column: "Medlem", or "Medlem, uden stemmeret" for a member who may not vote. */
export function attendeeRole(words: Words, attendee: MinutesAttendee): string {
  const role = words.t(`minutesDoc.role.${attendee.role}`);
  const votesByRole = attendee.role === "chair" || attendee.role === "member";
  return votesByRole && !attendee.voting_right ? words.t("minutesDoc.nonVoting", { role }) : role;
}

/** "Louise Damgaard havde fuldmagt fra Henrik Løvstrup." for each proxy, or "Ingen fuldmagter." */
export function proxiesText(words: Words, minutes: Minutes): string {
  const proxies = minutes.attendance.flatMap((attendee) =>
    attendee.proxy_holder === null
      ? []
      : [words.t("minutesDoc.proxyHeld", { holder: attendee.proxy_holder, member: attendee.name })],
  );
  return proxies.length === 0 ? words.t("minutesDoc.noProxies") : proxies.join(" ");
}

/** "Navngiven afstemning; for, imod eller undlod." */
export function pollForm(words: Words, poll: MinutesPoll): string {
  const secrecy = words.t(poll.secret ? "minutesDoc.secret" : "minutesDoc.named");
  let kind: string;
  switch (poll.kind.type) {
    case "yes_no":
      kind = words.t("minutesDoc.kind.yes_no");
      break;
    case "choice":
      kind = words.t("minutesDoc.kind.choice", { count: poll.kind.options.length });
      break;
    case "points":
      kind = words.t("minutesDoc.kind.points", {
        count: poll.kind.items.length,
        points: poll.kind.points_per_voter,
      });
      break;
    case "ranking":
      kind = words.t("minutesDoc.kind.ranking", { count: poll.kind.items.length });
      break;
  }
  return words.t("minutesDoc.form", { secrecy, kind });
}

/** One row of a choice or prioritisation poll's figures. */
export type TallyRow = { number: number; label: string; value: number };

/**
 * The figures of a choice poll (per option, then blank) or a prioritisation poll (best first), as
 * the PDF's table has them; null for a yes/no poll, whose result sentence says it all.
 */
export function tallyTable(
  words: Words,
  poll: MinutesPoll,
): { itemHeading: string; figureHeading: string; rows: TallyRow[] } | null {
  if (poll.kind.type === "yes_no" || poll.tally.length === 0) return null;
  const items = poll.kind.type === "choice" ? poll.kind.options : poll.kind.items;
  const ranked = poll.ranking.length > 0;
  const order = ranked ? poll.ranking : items.map((_, index) => index);
  const rows: TallyRow[] = order.flatMap((index, place) => {
    const label = items[index];
    if (label === undefined) return [];
    return [{ number: ranked ? place + 1 : index + 1, label, value: poll.tally[index] ?? 0 }];
  });
  if (poll.kind.type === "choice") {
    const blank = poll.tally[items.length];
    if (blank !== undefined) rows.push({ number: 0, label: words.t("minutesDoc.ballot.blank"), value: blank });
  }
  const figureHeading = {
    choice: "minutesDoc.col.votes",
    points: "minutesDoc.col.points",
    ranking: "minutesDoc.col.borda",
  } as const satisfies Record<Exclude<PollKind["type"], "yes_no">, MessageKey>;
  return {
    itemHeading: words.t(poll.kind.type === "choice" ? "minutesDoc.col.option" : "minutesDoc.col.item"),
    figureHeading: words.t(figureHeading[poll.kind.type]),
    rows,
  };
}

/** A named ballot as the PDF prints it: "For", an option's text, "MO-1: 3 · MO-2: 2", "1. MO-1 · 2. MO-2". */
export function ballotText(words: Words, ballot: Ballot, kind: PollKind): string {
  const items = kind.type === "choice" ? kind.options : kind.type === "yes_no" ? [] : kind.items;
  const item = (index: number) => items[index] ?? `#${index + 1}`;
  switch (ballot.type) {
    case "yes":
    case "no":
    case "abstain":
    case "blank":
      return words.t(`minutesDoc.ballot.${ballot.type}`);
    case "option":
      return item(ballot.index);
    case "points":
      return ballot.points
        .flatMap((points, index) => (points > 0 ? [`${item(index)}: ${words.number(points)}`] : []))
        .join(" · ");
    case "ranking":
      // A no-break space keeps each place with its item when the line wraps, as in the PDF.
      return ballot.order.map((index, place) => `${place + 1}.\u00a0${item(index)}`).join(" · ");
  }
}

/** Every action item of the minutes with the position of the agenda item it was recorded under. */
export function allActionItems(minutes: Minutes): { action: MinutesActionItem; position: number | null }[] {
  return [
    ...minutes.agenda.flatMap((item) =>
      item.records.action_items.map((action) => ({ action, position: item.position as number | null })),
    ),
    ...minutes.other_business.action_items.map((action) => ({ action, position: null })),
  ].sort((a, b) => a.action.number - b.action.number);
}

/** The agenda heading as the PDF prints it: "2. Historik … (MO-1398)". */
export function agendaHeading(position: number, title: string, backlogKey: string | null): string {
  const trimmed = title.trim();
  return backlogKey !== null && !trimmed.includes(backlogKey)
    ? `${position}. ${trimmed} (${backlogKey})`
    : `${position}. ${trimmed}`;
}

/** The fingerprint in groups of eight, as the PDF prints it. */
export function groupedFingerprint(fingerprint: string): string {
  return fingerprint.match(/.{1,8}/g)?.join(" ") ?? fingerprint;
}

/** Whether a signature is in an agenda's "Udsendt af" box ("sender-1"), signed by whoever sent it out. */
export function isSenderField(signature: SignatureView): boolean {
  return signature.field_name?.replace(/-\d+$/, "") === "sender";
}

/** The role a signature box is for, from its name: "chair-1" → "chair"; null for a countersignature. */
export function signatureFieldRole(signature: SignatureView): "chair" | "secretary" | null {
  const prefix = signature.field_name?.replace(/-\d+$/, "");
  return prefix === "chair" || prefix === "secretary" ? prefix : null;
}

/** "38,6 kB" / "1,2 MB" in the app's language. */
export function formatFileSize(bytes: number): string {
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, "kB"] : [bytes / 1024 / 1024, "MB"];
  const number = new Intl.NumberFormat(intlLocale(), { maximumFractionDigits: value < 10 ? 1 : 0 });
  return `${number.format(value)} ${unit}`;
}
