"""A group's public record that scripts/performance.sh publishes (issue 20: "publish of a
40-meeting group under 2 s"): `gavel apply` commands (JSON lines, on standard output) for a group
of twelve members (meeting.py's group) and MEETINGS closed monthly meetings, each with six agenda items
with a case description and a proposed decision, everyone present but one excused, a named
yes/no poll and a secret choice poll counted by hand, a decision on every item and four action
items. performance.sh then signs each meeting's minutes, makes it public and times `gavel
publish`.

Usage: python3 scripts/performance/group_meetings.py MEETINGS > group.jsonl
The meetings' ids are printed by `meeting_ids(MEETINGS)`.
"""

import json
import sys

from meeting import EXCUSED, GROUP_ID, MEMBERS, OBSERVER, SECRETARY, group_commands, member, uid


def meeting_ids(meetings):
    return [uid(0x40000 + number) for number in range(1, meetings + 1)]


def commands(meetings):
    yield from group_commands()
    voters = [index for index in range(len(MEMBERS)) if index not in (SECRETARY, EXCUSED, OBSERVER)]
    for number, meeting in enumerate(meeting_ids(meetings), start=1):
        year, month = 2023 + (number - 1) // 12, (number - 1) % 12 + 1
        day = f"{year}-{month:02d}-14"
        yield {"type": "CreateMeeting", "id": meeting, "group_id": GROUP_ID,
               "title": f"Styregruppemøde {number}", "starts_at": f"{day}T13:00:00",
               "location": "Odense Rådhus, mødesal 1"}
        item = lambda position: uid(0x50000 + number * 16 + position)
        for position in range(1, 7):
            yield {"type": "AddAgendaItem", "id": item(position), "meeting_id": meeting,
                   "title": f"Punkt {position}: ønsker fra kommunerne om ændringer i organisationsstrukturen"}
            yield {"type": "SetAgendaItemProposal", "agenda_item_id": item(position),
                   "case_description": "Leverandøren har udarbejdet et løsningsforslag, som kommunerne har afprøvet.\n\n"
                                       "Forslaget omfatter:\n- historik for engagementer\n- **nye roller** for jobfunktioner",
                   "proposed_decision": f"Det indstilles, at punkt {position} godkendes."}
        for index in range(len(MEMBERS)):
            attendance = "excused" if index == EXCUSED else "present"
            yield {"type": "SetAttendance", "meeting_id": meeting, "member_id": member(index),
                   "attendance": attendance, "at": "13:00"}
        yield {"type": "OpenMeeting", "meeting_id": meeting, "at": f"{day}T13:02:00"}
        named_poll, secret_poll = uid(0x60000 + number), uid(0x70000 + number)
        yield {"type": "OpenPoll", "id": named_poll, "meeting_id": meeting, "agenda_item_id": item(2),
               "question": "Skal ændringen med i næste release?", "kind": {"type": "yes_no"}}
        for position, index in enumerate(voters):
            yield {"type": "RecordBallot", "poll_id": named_poll, "member_id": member(index),
                   "ballot": {"type": ["yes", "yes", "no", "abstain"][position % 4]}}
        yield {"type": "ClosePoll", "poll_id": named_poll}
        yield {"type": "OpenPoll", "id": secret_poll, "meeting_id": meeting, "agenda_item_id": item(4),
               "question": "Hvilken hostingmodel skal løsningen have?",
               "kind": {"type": "choice", "options": ["Fælles hosting hos leverandør", "Hver kommune selv"]},
               "secret": True}
        yield {"type": "RecordTotals", "poll_id": secret_poll,
               "totals": {"type": "choice", "votes": [6, 3], "blank": 0}}
        yield {"type": "ClosePoll", "poll_id": secret_poll}
        for position in range(1, 7):
            decision = {"type": "RecordDecision", "meeting_id": meeting, "agenda_item_id": item(position),
                        "outcome": ["approved", "rejected", "postponed", "noted"][position % 4],
                        "text": f"Styregruppen besluttede punkt {position}: leverandøren leverer et løsningsforslag inden næste møde."}
            if position == 2:
                decision["poll_id"] = named_poll
            yield decision
        for position in (1, 2, 3, 5):
            yield {"type": "AddActionItem", "meeting_id": meeting, "agenda_item_id": item(position),
                   "text": f"Afklar punkt {position} med leverandøren og meld tilbage til styregruppen.",
                   "owner_member_id": member(7), "due_date": f"{year + 1}-01-15"}
        yield {"type": "CloseMeeting", "meeting_id": meeting, "at": f"{day}T15:30:00"}


if __name__ == "__main__":
    for command in commands(int(sys.argv[1])):
        print(json.dumps(command, ensure_ascii=False))
