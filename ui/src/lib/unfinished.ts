// What is still unfinished in a meeting, for the confirmation before "Afslut mødet": the chair
// closes knowing what the minutes will lack. Pure, so it can be tested without the app.

import type { ActionItemView, AgendaItemView, AttendanceView, MeetingDetail, PollView } from "./generated/types";

export type UnfinishedBusiness = {
  /** Agenda items with neither a decision nor notes: nothing about them will be in the minutes. */
  agendaItemsNotDealtWith: AgendaItemView[];
  /** Members whose attendance was never registered: the minutes cannot say if they were there. */
  membersWithoutAttendance: AttendanceView[];
  /** Action items that nobody owns, or that have no deadline. */
  actionItemsWithoutOwnerOrDeadline: ActionItemView[];
  /** Polls still open: gavel-core refuses to close the meeting until they are closed. */
  openPolls: PollView[];
};

export function unfinishedBusiness(detail: MeetingDetail): UnfinishedBusiness {
  const decided = new Set(detail.decisions.map((decision) => decision.agenda_item_id));
  return {
    agendaItemsNotDealtWith: [...detail.agenda]
      .sort((a, b) => a.position - b.position)
      .filter((item) => !decided.has(item.id) && item.notes.trim() === ""),
    membersWithoutAttendance: detail.attendance.filter((member) => member.attendance === "unknown"),
    actionItemsWithoutOwnerOrDeadline: detail.action_items.filter(
      (action) => (action.owner_name ?? "").trim() === "" || action.due_date === null,
    ),
    openPolls: detail.polls.filter((poll) => poll.is_open),
  };
}

export function isEverythingFinished(business: UnfinishedBusiness): boolean {
  return (
    business.agendaItemsNotDealtWith.length === 0 &&
    business.membersWithoutAttendance.length === 0 &&
    business.actionItemsWithoutOwnerOrDeadline.length === 0 &&
    business.openPolls.length === 0
  );
}
