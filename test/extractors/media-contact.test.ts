import { describe, expect, it } from "vitest";
import { valueOf } from "../helpers.js";

const contact = (text: string, format?: "text" | "html") => valueOf("media-contact", "mediaContact", text, format);

describe("media-contact", () => {
  it("reads role, name, phone and email from a notes-to-editors line", () => {
    const text =
      "Headline\n\nBody of the release.\n\nENDS\n\nNotes to editors\n\n1. The report is out today.\n2. For media enquiries, please contact Head of Communications Ann Lee on 07700 900123 or press@inspect.example";
    expect(contact(text)).toEqual({ name: "Ann Lee", role: "Head of Communications", phones: ["07700 900123"], emails: ["press@inspect.example"] });
  });

  it("reads `contact <Name> in <office> on <phone> or <phone>`", () => {
    const text = "Headline\n\nBody.\n\nNotes to editors:\n\n4. For further information please contact Tim Cole in HMI Probation press office on 020 7946 0001 or 07700 900456.";
    expect(contact(text)).toEqual({ name: "Tim Cole", role: "HMI Probation press office", phones: ["020 7946 0001", "07700 900456"], emails: [] });
  });

  it("keeps no colon on a role that led into the name (`the press office: Name, ...`)", () => {
    const text = "Headline\n\nBody.\n\nNotes to editors\n\n5. For more information contact the press office: Dan Morley, on 020 7946 0333.";
    expect(contact(text)).toEqual({ name: "Dan Morley", role: "press office", phones: ["020 7946 0333"], emails: [] });
    const named = "Headline\n\nBody.\n\nNotes to editors\n\n5. Contact the Brayton Council press office: Ella Price on 01632 960 222.";
    expect(contact(named)).toMatchObject({ name: "Ella Price", role: "Brayton Council press office" });
  });

  it("reads a contact block over several lines", () => {
    const text = "Headline\n\nBody.\n\nENDS\n\nMedia contact\n\nSara Hill, Communications Officer\n\nTel: 01632 960 111\n\nEmail: media@council.example";
    expect(contact(text)).toEqual({ name: "Sara Hill", role: "Communications Officer", phones: ["01632 960 111"], emails: ["media@council.example"] });
  });

  it("reads a bare `Press office:` line", () => {
    const text = "Headline\n\nBody.\n\nENDS\n\nPress office: 020 7946 0999";
    expect(contact(text)).toMatchObject({ name: null, phones: ["020 7946 0999"], emails: [] });
  });

  it("ignores a licence notice's address", () => {
    const text =
      "This publication is licensed under the terms of the Open Government Licence v3.0. Where we have identified any third party copyright information you will need to obtain permission, contact psi@archives.example.\n\nHeadline\n\nBody text about the inspection.";
    expect(contact(text)).toBeNull();
  });

  it("ignores a newsletter sign-up and a helpline in a news story", () => {
    expect(contact("Headline\n\nBody.\n\nSign up to our newsletter: news@paper.example")).toBeNull();
    expect(contact("Headline\n\nAnyone with information should call police on 0800 555 111.")).toBeNull();
  });

  it("is null when there is no contact", () => {
    expect(contact("Headline\n\nA blog post about probation with no contact details.")).toBeNull();
  });
});

describe("media-contact: phone shapes", () => {
  it("keeps an international number as written", () => {
    const text = "Headline\n\nBody.\n\nENDS\n\nFor media enquiries contact the press office on +44 (0)20 7946 0321 or media@inspect.example.";
    expect(contact(text)).toMatchObject({ name: null, phones: ["+44 (0)20 7946 0321"], emails: ["media@inspect.example"] });
  });

  it("reads `For more information contact …` and a labelled office", () => {
    expect(contact("Headline\n\nBody.\n\nENDS\n\nFor more information, contact Dan Ross on 0300 123 4567.")).toMatchObject({ name: "Dan Ross", phones: ["0300 123 4567"] });
    expect(contact("Headline\n\nBody.\n\nENDS\n\nMedia enquiries: Westshire Council press office, 01632 960 222")).toMatchObject({
      name: null,
      role: "Westshire Council press office",
      phones: ["01632 960 222"],
    });
  });
});

describe("media-contact: news pages", () => {
  it("ignores a newspaper's own tip line", () => {
    expect(contact("Headline\n\nBody of the story.\n\nGot a story? Contact our press team on 0161 496 0000 or news@paper.example")).toBeNull();
  });
});

describe("media-contact (held-out 3)", () => {
  it("reads a contact sentence wrapped over lines in a numbered note (text from a PDF)", () => {
    const text =
      "Inspectors praise Northvale division\nThe division was rated good by inspectors, who found strong\nleadership and a committed workforce.\n\nENDS\n\nNotes to editors\n\n1. The report will be published on the website from 00:01 on\nTuesday 4 June 2019.\n\n2. For further information please contact Rowan Ashby-Fell, Press\nOfficer, on 0161 496 0999 or 07700 900321, or email\nrowan.ashby-fell@inspect.example.gov.uk";
    expect(contact(text)).toEqual({
      name: "Rowan Ashby-Fell",
      role: "Press Officer",
      phones: ["0161 496 0999", "07700 900321"],
      emails: ["rowan.ashby-fell@inspect.example.gov.uk"],
    });
    const two = "Headline\n\nBody.\n\nENDS\n\nNotes to editors\n\n1. For media enquiries please contact\nKit Marlow, Communications\nManager, on 020 7946 0123.";
    expect(contact(two)).toMatchObject({ name: "Kit Marlow", phones: ["020 7946 0123"] });
  });

  it("does not wrap a finished contact line onto the address line below it", () => {
    const text = "Headline\n\nBody.\n\nENDS\n\nNotes to editors\n\n1. Press enquiries: Jo Penn, Press Officer, 020 7946 0111, press@union.example.org\n\nUnion House, 1 High Row, London | General enquiries: 020 7946 0100";
    expect(contact(text)).toEqual({ name: "Jo Penn", role: "Press Officer", phones: ["020 7946 0111"], emails: ["press@union.example.org"] });
  });
});

describe("media-contact: roles ending at a number's label, the office as the route (held-out set 4 kinds)", () => {
  it("ends a labelled contact's role where 'Tel:' or 'Email:' starts", () => {
    const lines = [
      "3. Media enquiries: Tom Reyes, Press Officer, Greymoor Council. Tel: 01632 960222. Email: press@greymoor.example",
      "3. Media enquiries: Tom Reyes, Press Officer, Greymoor Council, tel: 01632 960222",
    ];
    for (const line of lines) {
      expect(contact(`Headline\n\nBody.\n\nENDS\n\nNotes to editors\n\n${line}`), line).toMatchObject({ name: "Tom Reyes", role: "Press Officer, Greymoor Council" });
    }
  });

  it("reads 'through the press office on …' as the press office", () => {
    const lines = [
      "Interviews with the Chief Inspector can be arranged through the press office on 07700 900 333 or press@inspect.example.",
      "Journalists can reach a spokesperson via the media team on 07700 900 333.",
    ];
    expect(contact(`Headline\n\nBody.\n\nNotes to editors\n\n1. ${lines[0]}`)).toMatchObject({ name: null, role: "press office", phones: ["07700 900 333"] });
    expect(contact(`Headline\n\nBody.\n\nNotes to editors\n\n1. ${lines[1]}`)).toMatchObject({ name: null, role: "media team" });
  });

  it("gives no role when the press office is not the route", () => {
    const text = "Headline\n\nBody.\n\nNotes to editors\n\n1. For media enquiries call 07700 900 333; the press office opened in 2019.";
    expect(contact(text)).toMatchObject({ role: null, phones: ["07700 900 333"] });
  });
});

describe("media-contact (held-out set 6)", () => {
  it("leaves the word that leads to the number out of the role", () => {
    const note = (line: string) => `Headline\n\nBody of the release.\n\nENDS\n\nNotes for editors\n\n1. The report is out today.\n2. ${line}`;
    expect(contact(note("Media enquiries: Jo Pike, Communications Officer, on 01632 960418 or email jo.pike@council.example"))).toEqual({
      name: "Jo Pike",
      role: "Communications Officer",
      phones: ["01632 960418"],
      emails: ["jo.pike@council.example"],
    });
    expect(contact(note("Press enquiries: Jo Pike, Press Officer, via 01632 960418"))?.role).toBe("Press Officer");
    // near miss: a role that ends in a word like "on" is not cut ("Press Office, Marlston" stays whole)
    expect(contact(note("Media enquiries: Jo Pike, Press Office, Marlston 01632 960418"))?.role).toBe("Press Office, Marlston");
  });
});

describe("media-contact: a number's label on the line after the role (held-out set 7 kind)", () => {
  it("ends the role of 'please contact <Name>, <Role>:' before the 'Tel:' line below it", () => {
    const notes = [
      "5. For further information please contact Ravi Mistry, Press\n   Officer, Dunmore Inspection Unit:\n   Tel: 01632 960 444\n   Email: ravi.mistry@inspect.example",
      "5. For further information please contact Ravi Mistry, Press Officer, Dunmore Inspection Unit:\n   Telephone: 01632 960 444",
    ];
    for (const n of notes) {
      expect(contact(`Headline\n\nBody.\n\nENDS\n\nNOTES TO EDITORS\n\n${n}`), n).toMatchObject({ name: "Ravi Mistry", role: "Press Officer, Dunmore Inspection Unit" });
    }
  });

  it("keeps a role holding no label", () => {
    const text = "Headline\n\nBody.\n\nENDS\n\nNOTES TO EDITORS\n\n5. For further information please contact Ravi Mistry, Press Officer, Dunmore Inspection Unit, on 01632 960 444.";
    expect(contact(text)).toMatchObject({ name: "Ravi Mistry", role: "Press Officer, Dunmore Inspection Unit" });
  });
});

describe("media-contact (held-out set 10 kind): an office's name on a line of its own", () => {
  it("reads the office named on the line above the numbers as the role", () => {
    for (const office of ["Communications team", "Borough Press Office"]) {
      const text = `Headline\n\nBody of the page.\n\nMedia enquiries\n\n${office}\n\nTel: 01632 960 222\n\nEmail: media@council.example`;
      expect(contact(text), office).toEqual({ name: null, role: office, phones: ["01632 960 222"], emails: ["media@council.example"] });
    }
  });

  it("does not take a line that is more than an office's name", () => {
    const text = "Headline\n\nBody of the page.\n\nMedia enquiries\n\nOur communications team will be glad to help\n\nTel: 01632 960 222";
    expect(contact(text)?.role ?? null).toBeNull();
  });
});
