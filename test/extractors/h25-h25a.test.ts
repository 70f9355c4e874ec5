/**
 * Held-out set 25: a national paper's page with its section menu one item a
 * line and an age banner over the headline, its dateline below that menu, a
 * byline with a two-word beat, an open quote resumed after a newsletter's
 * sign-up box; a local paper's "oversees … across A, B and C", a report's
 * "also said that:" lists, and a fact box giving the caseload with its date
 * (invented names).
 */
import { describe, expect, it } from "vitest";
import { recordOf } from "../helpers.js";

const rec = (t: string, format?: "text" | "html") => recordOf(t, format).record;

const MENU = ["Skip to main content", "Sign in", "Search", "The Weekly Courier", "News", "Opinion", "Sport", "Culture", "Lifestyle", "UK", "World", "Business", "Politics", "Society", "Education", "Crime", "Youth justice"].join("\n");
const HEADLINE = "Dunmore youth team left children at risk, inspectors say";
const BODY =
  "A council-run service for children in trouble with the law has been rated inadequate by the probation watchdog after inspectors found weak oversight of risky cases.\n" +
  "HM Inspectorate of Probation said Dunmore youth justice service, which works with children across Dunmore and Pellbury, had been slow to act.\n";

describe("title: a section menu one item a line, and an age banner", () => {
  it("passes a menu running past the first dozen lines and the banner under it", () => {
    const t = `${MENU}\nThis article is more than 2 years old\n${HEADLINE}\nA standfirst about the story without a final stop\n${BODY}`;
    expect(rec(t).title).toBe(HEADLINE);
  });

  it("passes the menu without a banner", () => {
    const t = `${MENU}\n${HEADLINE}\n${BODY}`;
    expect(rec(t).title).toBe(HEADLINE);
  });

  it("near miss: a headline that says something is more than years old is kept", () => {
    const t = `This probation hostel is more than 100 years old\n${BODY}`;
    expect(rec(t).title).toBe("This probation hostel is more than 100 years old");
  });
});

describe("dates-published: a dateline below the headline past the first 15 lines", () => {
  it("reads the dateline a few lines under a headline that stands low on the page", () => {
    const t = `${MENU}\n${HEADLINE}\nJo Parfitt Home affairs correspondent\nWed 12 Jun 2024 10.15 BST\nLast modified on Thu 13 Jun 2024 08.00 BST\n${BODY}`;
    expect(rec(t).dates.published).toBe("2024-06-12");
  });

  it("near miss: a modification line alone is no dateline", () => {
    const t = `${MENU}\n${HEADLINE}\nJo Parfitt Home affairs correspondent\nLast modified on Thu 13 Jun 2024 08.00 BST\n${BODY}`;
    expect(rec(t).dates.published).toBeNull();
  });

  it("near miss: a date line far below a headline at the top is not read", () => {
    const filler = Array.from({ length: 16 }, (_, i) => `Paragraph ${i + 1} of the story tells more about the service and what inspectors made of its work.`).join("\n");
    const t = `${HEADLINE}\n${BODY}${filler}\nWed 12 Jun 2024 10.15 BST\n`;
    expect(rec(t).dates.published).toBeNull();
  });
});

describe("documentType: a byline with a two-word beat", () => {
  const page = (byline: string) => `${HEADLINE}\n\n${byline}\n\nWed 12 Jun 2024 10.15 BST\n\nShare\n\nThe probation watchdog said the service was failing children.\n`;

  it("'Social affairs correspondent' makes a reporter's byline", () => {
    expect(rec(page("Jo Parfitt Social affairs correspondent")).documentType).toBe("news-article");
  });

  it("near miss: a line naming another job is no byline", () => {
    expect(rec(page("Jo Parfitt Social work student")).documentType).not.toBe("news-article");
  });
});

describe("quotes: an open quote resumed after a newsletter's sign-up box", () => {
  const box = "Sign up to Morning Brief\nFree daily newsletter\nOur morning email takes you through the main stories of the day, and what they mean for you\nPrivacy Notice: Newsletters may contain information about charities and online ads.\nafter newsletter promotion\n";
  const open = "In a statement, Alan Prewitt, the chief inspector of probation, said:\n“Too many children in Dunmore were left without the help they needed, and staff told us they had too little time.\n";

  it("joins the paragraphs on either side of the box into one quote", () => {
    const t = `${HEADLINE}\n${BODY}${open}${box}“Leaders must now take a firm grip of the service. Children in Dunmore deserve far better.”\nThe council said it accepted the findings.\n`;
    const quotes = rec(t).quotes;
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker).toBe("Alan Prewitt");
    expect(quotes[0]!.text).toContain("too little time.\n\nLeaders must");
  });

  it("near miss: a box followed by a paragraph with no quote mark ends the quote", () => {
    const t = `${HEADLINE}\n${BODY}${open}${box}The council said it accepted the findings and would act quickly.\n`;
    const quotes = rec(t).quotes;
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).not.toContain("Newsletters");
  });
});

const TRUST_HEAD = "<h1>Probation trust praised but told to do more for children</h1>\n<p>By Sam Ordway, Crime Reporter</p>\n<p>Published on Tuesday 6 November 2012 06:00</p>\n";

describe("provider.areas: 'oversees … across A, B and C'", () => {
  it("reads the places after 'oversees … offenders across'", () => {
    const t = `${TRUST_HEAD}<p>HM Inspectorate of Probation visited Wexcombe Probation Trust in June.</p>\n<p>The trust, which oversees around 3,100 adult offenders across Wexcombe, Lyle Minster and Carrow, was last inspected in 2009.</p>\n`;
    expect(rec(t, "html").provider?.areas).toEqual(["Wexcombe", "Lyle Minster", "Carrow"]);
  });

  it("near miss: a neighbouring trust overseeing offenders across its towns gives no areas", () => {
    const t = `${TRUST_HEAD}<p>HM Inspectorate of Probation visited Wexcombe Probation Trust in June, and found it was doing well.</p>\n<p>Wexcombe Probation Trust was rated well on its work with courts.</p>\n<p>Harnford Probation Trust, which oversees about 2,000 offenders across Harnford and Dulby, is next.</p>\n`;
    expect(rec(t, "html").provider?.areas).toEqual([]);
  });
});

describe("findings: 'Inspectors found that:' then 'But the report also said that:'", () => {
  const GOOD = "<ul><li>people were seen quickly after sentence;</li><li>officers had built good working relationships with the people they supervised;</li><li>breaches were acted on swiftly.</li></ul>\n";
  const BAD = "<ul><li>there was no sign of checks with children’s services in a third of cases;</li><li>plans were missing in too many high-risk cases;</li><li>managers did not always correct weak assessments.</li></ul>\n";
  const trust = `${TRUST_HEAD}<p>HM Inspectorate of Probation visited Wexcombe Probation Trust in June.</p>\n`;

  it("the first list holds strengths, the second concerns", () => {
    const r = rec(`${trust}<p>Inspectors found that:</p>\n${GOOD}<p>But the report also said that:</p>\n${BAD}`, "html");
    expect(r.findings.strengths).toHaveLength(3);
    expect(r.findings.concerns).toHaveLength(3);
  });

  it("near miss: 'also said' over a list not written as shortcomings decides nothing", () => {
    const r = rec(`${trust}<p>Inspectors found that:</p>\n${GOOD}<p>But the report also said that:</p>\n<ul><li>the trust had a new chief executive;</li><li>its offices had moved to the town centre;</li><li>a new case system was in use.</li></ul>\n`, "html");
    expect(r.findings.strengths).toEqual([]);
    expect(r.findings.concerns).toEqual([]);
  });
});

describe("caseload: a fact box about the provider", () => {
  const story = `${TRUST_HEAD}<p>HM Inspectorate of Probation visited Wexcombe Probation Trust in June.</p>\n<p>The trust supervises around 3,100 adult offenders.</p>\n`;

  it("its dated figure beats the body's round one", () => {
    const t = `${story}<h3>Wexcombe Probation Trust in numbers</h3>\n<ul><li>Offenders supervised: 3,087 (as at 31 March 2012)</li><li>Staff: about 260</li><li>Offices: 6</li></ul>\n`;
    const c = rec(t, "html").caseload;
    expect(c.peopleSupervised).toBe(3087);
    expect(c.peopleSupervisedQualifier).toBe("exact");
    expect(c.peopleSupervisedAsOf).toBe("2012-03-31");
  });

  it("near miss: a box headed with another body's name is not the provider's", () => {
    const t = `${story}<h3>Probation in Harnford in numbers</h3>\n<ul><li>Offenders supervised: 5,412 (as at 31 March 2012)</li><li>Staff: about 410</li><li>Offices: 8</li></ul>\n`;
    const c = rec(t, "html").caseload;
    expect(c.peopleSupervised).toBe(3100);
    expect(c.peopleSupervisedQualifier).toBe("about");
  });

  it("near miss: a national figure in the box is not the provider's", () => {
    const t = `${story}<h3>Wexcombe Probation Trust in numbers</h3>\n<ul><li>Offenders supervised in England and Wales: 241,000</li><li>Staff: about 260</li></ul>\n`;
    expect(rec(t, "html").caseload.peopleSupervised).toBe(3100);
  });
});
