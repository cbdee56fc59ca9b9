// Pure helpers for the live-meeting screen: who may vote now, how ballots and results read, the
// common majority rules a chair picks from, and turning form values into ballots. Nothing here
// talks to the Rust side; gavel-core checks everything again when a command arrives.

import type { IpcError } from "./api";
import type {
  AttendanceView,
  BallotView,
  BacklogItem,
  Bilingual,
  Command,
  Majority,
  MeetingStatus,
  NamedTally,
  PollKind,
  RulesOfProcedure,
  Totals,
} from "./generated/types";
import { getLocale, t, type MessageKey } from "./i18n";

/**
 * Sends commands (one transaction) and reloads the meeting; resolves to the error to show next to
 * the control that sent them, or null. Panels get this from MeetingDetailView.
 */
export type Apply = (commands: Command[]) => Promise<IpcError | null>;

/** Whether the meeting still takes changes: not once it is closed or cancelled (gavel-core refuses them). */
export function isChangeable(status: MeetingStatus): boolean {
  return status === "draft" || status === "open";
}

/** The backend's bilingual texts (quorum, poll rule and summary) in the current locale. */
export function inLocale(text: Bilingual): string {
  return getLocale() === "da" ? text.da : text.en;
}

/** A member for whom a ballot may be recorded now, and who casts it when they are absent. */
export type EligibleVoter = { member: AttendanceView; proxyHolderName: string | null };

/**
 * Whether the rules count blank votes as votes cast. Rules say so only when blank votes count
 * otherwise than abstentions (gavel-core leaves the field out otherwise, as Gavel 0.3 stored rules).
 */
export function blankVotesCountAsCast(rules: RulesOfProcedure): boolean {
  return rules.blank_votes_count_as_cast ?? rules.abstentions_count_as_cast;
}

/**
 * The members a ballot may be recorded for now, in the roll call's order, as gavel-core decided
 * it for each (`ballot_cast_by`, by `rules::check_ballot_eligibility`): present, or absent with a
 * present proxy holder, who is then named.
 */
export function eligibleVoters(attendance: AttendanceView[]): EligibleVoter[] {
  return attendance.flatMap((member): EligibleVoter[] => {
    if (member.ballot_cast_by === null) return [];
    const byProxy = member.ballot_cast_by !== member.member_id;
    return [{ member, proxyHolderName: byProxy ? (member.proxy_holder_name ?? "") : null }];
  });
}

/** The attendance values the chair sets by hand ("unknown" is only the state before that). */
export const ATTENDANCE_CHOICES = ["present", "absent", "excused", "left"] as const;

/**
 * "stemme ændret kl. 13.05" for a ballot that replaced an earlier one, as the minutes say it;
 * null for one that did not.
 */
export function describeReplacement(ballot: BallotView): string | null {
  if (!ballot.replaced) return null;
  return ballot.replaced_at === null
    ? t("ballot-replaced")
    : t("ballot-replacedAt", { time: formatClock(ballot.replaced_at.slice(11)) });
}

/** "13:05:00" → "13.05" in Danish, "13:05" in English. */
export function formatClock(time: string): string {
  const hoursAndMinutes = time.slice(0, 5);
  return getLocale() === "da" ? hoursAndMinutes.replace(":", ".") : hoursAndMinutes;
}

/** The majority rules a chair commonly puts a question under, for the poll form's select. */
export const MAJORITY_PRESETS: ReadonlyArray<{ id: string; label: MessageKey; majority: Majority }> = [
  {
    id: "simple",
    label: "poll-majority-simple",
    majority: { type: "more_than_half", base: "votes_cast" },
  },
  {
    id: "absolute",
    label: "poll-majority-absolute",
    majority: { type: "more_than_half", base: "all_voting_members" },
  },
  {
    id: "two-thirds-present",
    label: "poll-majority-twoThirdsPresent",
    majority: { type: "qualified", numerator: 2, denominator: 3, base: "present" },
  },
  {
    id: "two-thirds-cast",
    label: "poll-majority-twoThirdsCast",
    majority: { type: "qualified", numerator: 2, denominator: 3, base: "votes_cast" },
  },
  { id: "unanimity", label: "poll-majority-unanimity", majority: { type: "unanimity" } },
  {
    id: "unanimity-of-all",
    label: "poll-majority-unanimityOfAll",
    majority: { type: "unanimity_of_all" },
  },
  { id: "plurality", label: "poll-majority-plurality", majority: { type: "plurality" } },
];

/** The preset equal to `majority`, if there is one (to name the rules' default in the form). */
export function majorityPresetOf(majority: Majority): (typeof MAJORITY_PRESETS)[number] | undefined {
  return MAJORITY_PRESETS.find((preset) => JSON.stringify(preset.majority) === JSON.stringify(majority));
}

export type PollKindName = PollKind["type"];

export function isPrioritisation(kind: PollKind): kind is Extract<PollKind, { type: "points" | "ranking" }> {
  return kind.type === "points" || kind.type === "ranking";
}

/** "MO-1420 Automatisk afslutning …", or the key alone when the backlog does not know it. */
export function backlogLabel(key: string, backlog: BacklogItem[]): string {
  const item = backlog.find((candidate) => candidate.key === key);
  return item === undefined ? key : `${key} ${item.title}`;
}

/** One line of a tally: what was counted and its (weighted) number. */
export type TallyLine = { label: string; value: number };

/** A result's figures with their labels, as gavel-core names them (`PollView.tally`). */
export function tallyLines(tally: NamedTally): TallyLine[] {
  switch (tally.type) {
    case "yes_no":
      return [
        { label: t("ballot-yes"), value: tally.yes },
        { label: t("ballot-no"), value: tally.no },
        { label: t("ballot-abstain"), value: tally.abstain },
        // Results recorded before yes/no polls had blank votes, or without any, have none.
        ...(tally.blank === null ? [] : [{ label: t("ballot-blank"), value: tally.blank }]),
      ];
    case "choice":
      return [
        ...tally.options.map(({ option, votes }) => ({ label: option, value: votes })),
        { label: t("ballot-blank"), value: tally.blank },
      ];
    case "prioritised":
      return tally.best_first.map(({ option, votes }) => ({ label: option, value: votes }));
  }
}

/** The ranks (1 = best) per item of a ranking ballot, as strings for the per-item inputs. */
export function ranksFromOrder(order: number[], itemCount: number): string[] {
  const ranks = Array.from({ length: itemCount }, () => "");
  order.forEach((itemIndex, place) => {
    if (itemIndex >= 0 && itemIndex < itemCount) ranks[itemIndex] = String(place + 1);
  });
  return ranks;
}

/**
 * The ranking ballot's `order` (item indexes, best first) from one rank per item, or the message
 * key saying why the ranks are not a ranking: every item needs a whole number from 1 to n, each
 * number used once.
 */
/** Why a prioritisation ballot's inputs cannot be saved. */
export type BallotProblem =
  | "ballot-rankMissing"
  | "ballot-rankOutOfRange"
  | "ballot-rankTwice"
  | "ballot-pointsNotWhole"
  | "ballot-pointsTooMany";

export function orderFromRanks(ranks: string[]): { order: number[] } | { error: BallotProblem } {
  const count = ranks.length;
  const order: number[] = Array.from({ length: count }, () => -1);
  for (const [itemIndex, raw] of ranks.entries()) {
    const text = raw.trim();
    if (text === "") return { error: "ballot-rankMissing" };
    const rank = Number(text);
    if (!Number.isInteger(rank) || rank < 1 || rank > count) return { error: "ballot-rankOutOfRange" };
    if (order[rank - 1] !== -1) return { error: "ballot-rankTwice" };
    order[rank - 1] = itemIndex;
  }
  return { order };
}

/** A points ballot from one input per item: whole numbers ≥ 0, at most `perVoter` in all. */
export function pointsFromInputs(
  values: string[],
  perVoter: number,
): { points: number[] } | { error: BallotProblem } {
  const points: number[] = [];
  for (const raw of values) {
    const text = raw.trim();
    const value = text === "" ? 0 : Number(text);
    if (!Number.isInteger(value) || value < 0) return { error: "ballot-pointsNotWhole" };
    points.push(value);
  }
  if (points.reduce((sum, value) => sum + value, 0) > perVoter) return { error: "ballot-pointsTooMany" };
  return { points };
}

/** Non-negative whole numbers for hand-counted totals; null when one is not. */
export function parseCounts(values: string[]): number[] | null {
  const counts: number[] = [];
  for (const raw of values) {
    const text = raw.trim();
    const value = text === "" ? 0 : Number(text);
    if (!Number.isInteger(value) || value < 0) return null;
    counts.push(value);
  }
  return counts;
}

/** The labels of the totals inputs for a poll kind, in the order `totalsFromCounts` reads them. */
export function totalsLabels(kind: PollKind): string[] {
  switch (kind.type) {
    case "yes_no":
      return [t("ballot-yes"), t("ballot-no"), t("ballot-abstain"), t("ballot-blank")];
    case "choice":
      return [...kind.options, t("ballot-blank")];
    case "points":
    case "ranking":
      return kind.items;
  }
}

export function totalsFromCounts(kind: PollKind, counts: number[]): Totals {
  const at = (index: number) => counts[index] ?? 0;
  switch (kind.type) {
    case "yes_no":
      return { type: "yes_no", yes: at(0), no: at(1), abstain: at(2), blank: at(3) };
    case "choice":
      return { type: "choice", votes: kind.options.map((_, index) => at(index)), blank: at(kind.options.length) };
    case "points":
    case "ranking":
      return { type: "scores", scores: kind.items.map((_, index) => at(index)) };
  }
}

/** Stored totals as input values, in the order of `totalsLabels`. */
export function countsFromTotals(kind: PollKind, totals: Totals | null): string[] {
  const empty = totalsLabels(kind).map(() => "");
  if (totals === null) return empty;
  switch (totals.type) {
    case "yes_no":
      return [totals.yes, totals.no, totals.abstain, totals.blank ?? 0].map(String);
    case "choice":
      return [...totals.votes, totals.blank].map(String);
    case "scores":
      return totals.scores.map(String);
  }
}

/** True when focus is somewhere typing goes, where keys belong to the field, not to shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !["button", "checkbox", "radio", "submit", "reset"].includes(target.type);
  }
  return false;
}
