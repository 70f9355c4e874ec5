import { describe, expect, it } from "vitest";
import { recordOf, valueOf } from "../helpers.js";

const cases: { text: string; want: { name: string; members: string[] } | null }[] = [
  {
    text: "CRC must improve\n\nHM Inspectorate of Probation rated Wessex CRC 'Good'. The CRC is run by the Blue Skies consortium of charities.\n\nNotes to editors\n\n1. The Blue Skies consortium comprises Alpha Care (a charity); Beta Works (a company) and Gamma Trust (a housing charity).",
    want: { name: "Blue Skies", members: ["Alpha Care", "Beta Works", "Gamma Trust"] },
  },
  {
    text: "CRC improving\n\nInspectors rated Avon CRC 'Requires improvement'. The CRC, owned by Acme Justice Services, supervises 5,000 people.",
    want: { name: "Acme Justice Services", members: [] },
  },
  {
    text: "CRC improving\n\nInspectors rated Avon CRC 'Good'. Avon CRC is one of six CRCs managed by Seetec.",
    want: { name: "Seetec", members: [] },
  },
  {
    text: "CRC rated\n\nInspectors rated Avon CRC 'Good'. Northway Partners is a joint venture between Northco and Wayfare, established to run probation services.\n\nAvon CRC is run by Northway Partners.",
    want: { name: "Northway Partners", members: ["Northco", "Wayfare"] },
  },
  {
    text: "CRC rated\n\nInspectors rated Avon CRC 'Good'. The CRC is owned by a not-for-profit consortium of nine partners.",
    want: null,
  },
  {
    text: "Division rated\n\nInspectors rated the North East division of the National Probation Service 'Good'. It is managed by HM Prison and Probation Service.",
    want: null,
  },
  {
    text: "Coastal CRC rated\n\nHM Inspectorate of Probation rated Coastal CRC 'Requires improvement'. The CRC, owned by Lighthouse Rehabilitation Services, works across three counties.",
    want: { name: "Lighthouse Rehabilitation Services", members: [] },
  },
];

describe("consortium", () => {
  for (const c of cases) {
    it(c.text.slice(0, 60), () => {
      expect(valueOf("consortium", "consortium", c.text)).toEqual(c.want);
    });
  }
});

describe("consortium: the provider is not its own owner", () => {
  it("skips 'services run by X CRC' and takes the owner named later", () => {
    const text = [
      "Probation services in the Fells rated Good",
      "Probation services run by Fellside Community Rehabilitation Company (CRC) have been rated ‘Good’ by HM Inspectorate of Probation.",
      "Notes to editors",
      "1. Fellside CRC is owned by Beacon Rehabilitation Partners.",
    ].join("\n\n");
    expect(recordOf(text).record.consortium?.name).toBe("Beacon Rehabilitation Partners");
  });
});

describe("consortium (round 3)", () => {
  it("reads an owner named after a lower-case description", () => {
    const t = "CRC rated\n\nInspectors rated Tarnside CRC 'Good'. The CRC, owned by the private company Orlby Justice Services, supervises 3,000 people.";
    expect(valueOf("consortium", "consortium", t)).toEqual({ name: "Orlby Justice Services", members: [] });
  });
  it("reads an owner after 'run by a social enterprise,'", () => {
    const t = "CRC rated\n\nInspectors rated Tarnside CRC 'Good'. The CRC is run by a social enterprise, Fenhall Rehabilitation Partners.";
    expect(valueOf("consortium", "consortium", t)).toEqual({ name: "Fenhall Rehabilitation Partners", members: [] });
  });
  it("gives nothing for an unnamed owner after a description", () => {
    const t = "CRC rated\n\nInspectors rated Tarnside CRC 'Good'. The CRC is owned by a private company based in the Midlands.";
    expect(valueOf("consortium", "consortium", t)).toBeNull();
  });
  it("keeps a member written with 'the' in a list (and drops the 'the')", () => {
    const t =
      "CRC rated\n\nInspectors rated Tarnside CRC 'Good'. It is owned by Marl Valley Partnership, a consortium whose three partners are Orlby Services Ltd, the Fenhall Trust and Tarn Training.";
    expect(valueOf("consortium", "consortium", t)).toEqual({ name: "Marl Valley Partnership", members: ["Orlby Services Ltd", "Fenhall Trust", "Tarn Training"] });
  });
  it("keeps a member written with 'the' after 'a partnership of'", () => {
    const t =
      "CRC rated\n\nInspectors rated Tarnside CRC 'Good'.\n\nNotes to editors\n\n1. Tarnside CRC is owned by Orlby Rehabilitation Partners, a partnership of Fenhall Justice, the Marl Housing Trust and Tarn Mentoring.";
    expect(valueOf("consortium", "consortium", t)?.members).toEqual(["Fenhall Justice", "Marl Housing Trust", "Tarn Mentoring"]);
  });
  it("still ends the list at a clause", () => {
    const t =
      "CRC rated\n\nInspectors rated Tarnside CRC 'Good'. It is owned by Marl Valley Partnership, a consortium whose partners are Orlby Services Ltd and Tarn Training, the latter a charity.";
    expect(valueOf("consortium", "consortium", t)?.members).toEqual(["Orlby Services Ltd", "Tarn Training"]);
  });
});

describe("consortium: members after 'a joint venture between' with descriptions", () => {
  it("drops a lower-case description before each member", () => {
    const t =
      "CRC rated\n\nInspectors rated Tarnside CRC 'Good'. It is owned by Orlby Justice Partners, a joint venture between the engineering firm Fenhall Services and the charity New Leaf.";
    expect(valueOf("consortium", "consortium", t)).toEqual({ name: "Orlby Justice Partners", members: ["Fenhall Services", "New Leaf"] });
  });
  it("ends a list set off by dashes at the closing dash", () => {
    const t =
      "CRC rated\n\nInspectors rated Tarnside CRC 'Good'. The CRC, which is run by the Orlby Justice Partners – a joint venture between Fenhall Services Group and the housing charity Marl Trust – supervises 3,000 people.";
    expect(valueOf("consortium", "consortium", t)).toEqual({ name: "Orlby Justice Partners", members: ["Fenhall Services Group", "Marl Trust"] });
  });
  it("keeps a description with no name after it out of the members", () => {
    const t =
      "CRC rated\n\nInspectors rated Tarnside CRC 'Good'. It is owned by Orlby Justice Partners, a joint venture between a private firm and a local charity.";
    expect(valueOf("consortium", "consortium", t)?.members).toEqual([]);
  });
});
