import { describe, expect, it } from "vitest";

import type { AttendanceView } from "./generated/types";
import { t } from "./i18n";
import { eligibleVoters, tallyLines } from "./live";

const member = (id: string, name: string, castBy: string | null, holderName: string | null = null): AttendanceView => ({
  member_id: id,
  name,
  organisation_name: null,
  role: "member",
  voting_right: true,
  vote_weight: 1,
  attendance: castBy === id ? "present" : "absent",
  arrived_at: null,
  left_at: null,
  proxy_holder_id: null,
  proxy_holder_name: holderName,
  ballot_cast_by: castBy,
});

describe("eligibleVoters", () => {
  it("lists the members gavel-core says a ballot can be recorded for, naming a proxy holder", () => {
    const voters = eligibleVoters([
      member("a", "Anne-Marie Bæk", "a"),
      member("h", "Henrik Løvstrup", "l", "Louise Damgaard"),
      member("b", "Birgitte Aagaard", null),
    ]);
    expect(voters.map((voter) => [voter.member.name, voter.proxyHolderName])).toEqual([
      ["Anne-Marie Bæk", null],
      ["Henrik Løvstrup", "Louise Damgaard"],
    ]);
  });
});

describe("tallyLines", () => {
  it("labels a yes/no tally, with blank votes only when the result has them", () => {
    expect(tallyLines({ type: "yes_no", yes: 5, no: 2, abstain: 1, blank: null })).toEqual([
      { label: t("ballot-yes"), value: 5 },
      { label: t("ballot-no"), value: 2 },
      { label: t("ballot-abstain"), value: 1 },
    ]);
    expect(tallyLines({ type: "yes_no", yes: 5, no: 2, abstain: 1, blank: 3 }).at(-1)).toEqual({
      label: t("ballot-blank"),
      value: 3,
    });
  });

  it("names each option of a choice, then the blank votes", () => {
    const lines = tallyLines({
      type: "choice",
      options: [
        { option: "Fælles hosting", votes: 5 },
        { option: "Hver kommune selv", votes: 1 },
      ],
      blank: 0,
    });
    expect(lines.map((line) => line.label)).toEqual(["Fælles hosting", "Hver kommune selv", t("ballot-blank")]);
  });

  it("keeps a prioritisation's items best first, as gavel-core ordered them", () => {
    const lines = tallyLines({
      type: "prioritised",
      best_first: [
        { option: "MO-1433", votes: 21 },
        { option: "MO-1420", votes: 15 },
      ],
    });
    expect(lines).toEqual([
      { label: "MO-1433", value: 21 },
      { label: "MO-1420", value: 15 },
    ]);
  });
});
