"""The meeting that scripts/performance.sh measures Gavel and Typst on: `gavel apply` commands
(JSON lines, on standard output) for a closed steering-group meeting of ITEMS agenda items.

The content is that of gavel-minutes' `sample::synthetic_minutes`, which the criterion bench
renders in process, recorded here through real commands so that the whole `gavel` command can be
timed on a real database: twelve members (a chair, a secretary without a vote, an observer, one
member with vote weight 2), one member excused, one absent with a proxy, one who arrived late and
one who left early; every agenda item a backlog item with notes and a decision that sets its
status; a named yes/no poll on every second item, a secret choice poll counted by hand on every
fifth, an action item on every third, and a new priority order of up to 200 issues.

Usage: python3 scripts/performance/meeting.py ITEMS > meeting.jsonl
The meeting's id is MEETING_ID below.
"""

import json
import sys
import uuid

MEETING_ID = "00000000-0000-0000-0000-00000000000b"

MEMBERS = [
    ("Mette Kjærgaard Holm", "Aarhus Kommune"),
    ("Rasmus Højgaard", "Aarhus Kommune"),
    ("Anne-Marie Bæk", "Odense Kommune"),
    ("Birgitte Aagaard", "Frederikshavn Kommune"),
    ("Camilla Friis Sørensen", "Syddjurs Kommune"),
    ("Henrik Løvstrup", "Holstebro Kommune"),
    ("Ida Skovgaard", "Københavns Kommune"),
    ("Jens Peter Møller", "Aalborg Kommune"),
    ("Kasper Nørgaard", "Ballerup Kommune"),
    ("Louise Damgaard", "Silkeborg Kommune"),
    ("Søren Østergaard", "Københavns Kommune"),
    ("Åse Ærøskøbing-Øllgaard", "Ærø Kommune"),
]
CHAIR, SECRETARY, EXCUSED, LATE, ABSENT, OBSERVER, LEFT, PROXY_HOLDER, HEAVY = 0, 1, 3, 4, 5, 6, 8, 9, 11


def uid(number):
    return str(uuid.UUID(int=number))


GROUP_ID = uid(0x0A)


def member(index):
    return uid(0x100 + index)


def group_commands():
    """The group GROUP_ID with MEMBERS (member(index) each) and their organisations."""
    organisations = {}
    yield {"type": "CreateGroup", "id": GROUP_ID, "name": "Styregruppen for OS2mo"}
    for name, organisation in MEMBERS:
        if organisation not in organisations:
            organisations[organisation] = uid(0x200 + len(organisations))
            yield {"type": "AddOrganisation", "id": organisations[organisation], "group_id": GROUP_ID,
                   "name": organisation}
    for index, (name, organisation) in enumerate(MEMBERS):
        role = {CHAIR: "chair", SECRETARY: "secretary", OBSERVER: "observer"}.get(index, "member")
        command = {"type": "AddMember", "id": member(index), "group_id": GROUP_ID, "name": name,
                   "organisation_id": organisations[organisation], "role": role}
        if index == HEAVY:
            command["vote_weight"] = 2
        yield command


def commands(items):
    group = GROUP_ID
    yield from group_commands()
    for number in range(1, items + 1):
        yield {"type": "UpsertBacklogItem", "key": f"MO-{1000 + number}",
               "title": f"Historik for engagementer vises på medarbejderkortet ({number})",
               "status": "To Do"}
    yield {"type": "CreateMeeting", "id": MEETING_ID, "group_id": group,
           "title": f"Styregruppemøde med {items} punkter", "starts_at": "2026-11-27T13:00:00",
           "location": "Odense Rådhus, mødesal 1"}
    agenda_item = lambda number: uid(0x10000 + number)
    for number in range(1, items + 1):
        key = f"MO-{1000 + number}"
        yield {"type": "AddAgendaItem", "id": agenda_item(number), "meeting_id": MEETING_ID,
               "backlog_key": key,
               "title": f"Prioritering af {key}: ønsker fra kommunerne om ændringer i organisationsstrukturen"}
    for index in range(len(MEMBERS)):
        if index in (EXCUSED, ABSENT):
            continue
        yield {"type": "SetAttendance", "meeting_id": MEETING_ID, "member_id": member(index),
               "attendance": "present", "at": "13:25" if index == LATE else "13:00"}
    yield {"type": "SetAttendance", "meeting_id": MEETING_ID, "member_id": member(EXCUSED),
           "attendance": "excused", "at": "13:00"}
    yield {"type": "SetAttendance", "meeting_id": MEETING_ID, "member_id": member(ABSENT),
           "attendance": "absent", "at": "13:00"}
    yield {"type": "GiveProxy", "meeting_id": MEETING_ID, "from_member_id": member(ABSENT),
           "to_member_id": member(PROXY_HOLDER)}
    yield {"type": "OpenMeeting", "meeting_id": MEETING_ID, "at": "2026-11-27T13:02:00"}
    voters = [index for index in range(len(MEMBERS)) if index not in (SECRETARY, EXCUSED, OBSERVER)]
    for number in range(1, items + 1):
        key = f"MO-{1000 + number}"
        if number % 7 == 0:
            notes = ("Leverandøren viste en prototype. Aalborg ønsker, at historikken også omfatter "
                     "orlov, og Ærø spurgte til https://os2mo.example.dk/api/v1/organisation/enheder/"
                     "med/meget/lange/stier?filter=aktiv.\n\nNæste skridt aftales på mødet i december.")
        else:
            notes = f"Drøftelse af punkt {number}. Der var enighed om retningen; økonomien afklares."
        yield {"type": "SetAgendaItemNotes", "agenda_item_id": agenda_item(number), "notes": notes}
        named_poll = uid(0x20000 + number)
        if number % 2 == 0:
            yield {"type": "OpenPoll", "id": named_poll, "meeting_id": MEETING_ID,
                   "agenda_item_id": agenda_item(number),
                   "question": f"Skal {key} med i næste release, så kommunerne får den ønskede funktionalitet før årsskiftet?",
                   "kind": {"type": "yes_no"}}
            for position, index in enumerate(voters):
                ballot = ["yes", "yes", "no", "abstain"][position % 4]
                yield {"type": "RecordBallot", "poll_id": named_poll, "member_id": member(index),
                       "ballot": {"type": ballot}}
            yield {"type": "ClosePoll", "poll_id": named_poll}
        if number % 5 == 0:
            secret_poll = uid(0x30000 + number)
            yield {"type": "OpenPoll", "id": secret_poll, "meeting_id": MEETING_ID,
                   "agenda_item_id": agenda_item(number),
                   "question": "Hvilken hostingmodel skal løsningen have fra 2027?",
                   "kind": {"type": "choice", "options": [
                       "Fælles hosting hos leverandør", "Hver kommune selv",
                       "Fælleskommunal driftscentral med døgnbemanding og overvågning af alle integrationer"]},
                   "secret": True}
            yield {"type": "RecordTotals", "poll_id": secret_poll,
                   "totals": {"type": "choice", "votes": [5, 1, 3], "blank": 0}}
            yield {"type": "ClosePoll", "poll_id": secret_poll}
        decision = {"type": "RecordDecision", "meeting_id": MEETING_ID,
                    "agenda_item_id": agenda_item(number),
                    "outcome": ["rejected", "approved", "postponed", "noted"][number % 4],
                    "text": f"Styregruppen besluttede at {key} prioriteres højt, og at leverandøren leverer et løsningsforslag inden næste møde.",
                    "backlog_changes": [{"key": key, "new_status": "Selected for Development"}]}
        if number % 2 == 0:
            decision["poll_id"] = named_poll
        if number == items:
            decision["priority_order"] = [f"MO-{1000 + place}" for place in range(1, min(items, 200) + 1)]
        yield decision
        if number % 3 == 0:
            yield {"type": "AddActionItem", "meeting_id": MEETING_ID,
                   "agenda_item_id": agenda_item(number),
                   "text": f"Afklar med leverandøren om {key} kan indgå i næste release, og meld tilbage til styregruppen.",
                   "owner_member_id": member(7), "due_date": "2026-12-15"}
    yield {"type": "SetAttendance", "meeting_id": MEETING_ID, "member_id": member(LEFT),
           "attendance": "left", "at": "15:40"}
    yield {"type": "CloseMeeting", "meeting_id": MEETING_ID, "at": "2026-11-27T16:55:00"}


if __name__ == "__main__":
    for command in commands(int(sys.argv[1])):
        print(json.dumps(command, ensure_ascii=False))
