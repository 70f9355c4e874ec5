import { describe, expect, it } from "vitest";
import { docOf } from "../helpers.js";

const texts = (s: string, format?: "text" | "html") => docOf(s, format).quotes.map((q) => q.text);
const attribs = (s: string, format?: "text" | "html") => docOf(s, format).quotes.map((q) => q.attribution);

describe("segment/05-quotes: where a quote is attributed", () => {
  it("reads `X said: “…”` in one paragraph", () => {
    const doc = docOf("Headline here\n\nThe Chief Inspector of Probation, Sue Lane, said: “Staff in Anytown work hard. They need more support.”");
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]!.text).toBe("Staff in Anytown work hard. They need more support.");
    expect(doc.quotes[0]!.attribution).toBe("The Chief Inspector of Probation, Sue Lane");
  });

  it("reads `“…,” said X.` with the final comma kept", () => {
    const doc = docOf("Headline\n\n“The service has turned a corner, and leaders deserve credit,” said Tom Birch, head of the trust.");
    expect(doc.quotes[0]!.text).toBe("The service has turned a corner, and leaders deserve credit,");
    expect(doc.quotes[0]!.attribution).toBe("Tom Birch, head of the trust");
  });

  it("reads `“…,” he added.`", () => {
    const doc = docOf("Headline\n\n“We will publish a plan within weeks and act on every recommendation,” he added.");
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]!.attribution).toBe("he");
  });

  it("reads the attribution on the line before the quote paragraph", () => {
    const doc = docOf("Headline\n\nMs Amy Clarke, the service manager, said:\n\n“Our staff have done remarkable work this year. We are proud of them.”");
    expect(doc.quotes[0]!.attribution).toBe("Ms Amy Clarke, the service manager");
    expect(doc.quotes[0]!.text).toBe("Our staff have done remarkable work this year. We are proud of them.");
  });

  it("reads `Mr Jones continued, “…`", () => {
    const doc = docOf("Headline\n\nMr Jones continued, “There is no quick fix for a workforce that is this stretched.”");
    expect(doc.quotes[0]!.attribution).toBe("Mr Jones");
  });

  it("takes the speaker from a colon sentence without a speech verb", () => {
    const doc = docOf("Headline\n\nChief Inspector Ann Hale was blunt in her verdict:\n\n“This is not good enough. Children are being let down.”");
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]!.attribution).toContain("Ann Hale");
  });

  it("takes `He was clear: “…”` in one paragraph", () => {
    const doc = docOf("Headline\n\nHe was clear about the next step: “Managers must now check every risk assessment before it is signed off.”");
    expect(doc.quotes[0]!.text).toBe("Managers must now check every risk assessment before it is signed off.");
    expect(doc.quotes[0]!.attribution).toBe("He was clear about the next step");
  });

  it("splits `“…,” said X. “…”` into two quotes by the same speaker", () => {
    const doc = docOf(
      'Headline\n\n"Everyone we met was trying hard in difficult conditions," said Rosa Grant, Chief Inspector of Probation. "But there are simply not enough of them."',
    );
    expect(doc.quotes.map((q) => q.text)).toEqual([
      "Everyone we met was trying hard in difficult conditions,",
      "But there are simply not enough of them.",
    ]);
    expect(doc.quotes.map((q) => q.attribution)).toEqual(["Rosa Grant, Chief Inspector of Probation", "Rosa Grant, Chief Inspector of Probation"]);
  });

  it("takes a split quote that holds a full sentence, from its opening mark", () => {
    const doc = docOf("Headline\n\nDame Ann said the youth team was in good shape, “but it must keep a close watch on how quickly reports reach the court.”");
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]!.text).toBe("but it must keep a close watch on how quickly reports reach the court.");
    expect(doc.quotes[0]!.attribution).toBe("Dame Ann");
  });

  it("gives a quoted paragraph after reported speech to the reporter's subject", () => {
    const doc = docOf(
      "Headline\n\nProbation chief Mark Ellis said the results were “hugely disappointing” because nothing had changed.\n\n“We are not asking for new systems. We are asking for the ones we have to be used.”",
    );
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]!.attribution).toContain("Mark Ellis");
  });
});

describe("segment/05-quotes: marks", () => {
  it("joins a quote over paragraphs, each opening with a mark and only the last closed", () => {
    const q = texts("Headline\n\nShe said: “First part of it.\n\n“Second part of it.\n\n“Third and last part.”\n\nThe end.");
    expect(q).toEqual(["First part of it.\n\nSecond part of it.\n\nThird and last part."]);
  });

  it("accepts a curly open with a straight close and the reverse", () => {
    expect(texts("Headline\n\nThe director said: “We accept every finding in this report.\"")).toEqual(["We accept every finding in this report."]);
    expect(texts('Headline\n\nThe director said: "We accept every finding in this report.”')).toEqual(["We accept every finding in this report."]);
  });

  it("reads single curly marks with apostrophes inside", () => {
    const q = texts("Headline\n\nLiz Dale said: ‘We looked at the children’s records and the staff’s plans. Both must improve for children’s’ sake.’");
    expect(q).toEqual(["We looked at the children’s records and the staff’s plans. Both must improve for children’s’ sake."]);
  });

  it("continues a quote into a paragraph with no opening mark", () => {
    const q = texts("Headline\n\nMr Cole said: “The first paragraph goes here.\n\nAnd the second has no mark but ends the quote.”\n\nOther text.");
    expect(q).toEqual(["The first paragraph goes here.\n\nAnd the second has no mark but ends the quote."]);
  });

  it("ends a quote still open at the end of the document", () => {
    const q = texts("Headline\n\nThe governor said: “We will do better. That is a promise to every family.");
    expect(q).toEqual(["We will do better. That is a promise to every family."]);
  });

  it("folds white space inside a paragraph", () => {
    const q = texts("Headline\n\nMs Ray said: “We   found   real progress in the youth team this year.”");
    expect(q[0]).toContain("found");
  });
});

describe("segment/05-quotes: page furniture", () => {
  it("skips an advert line between paragraphs of an open quote", () => {
    const doc = docOf("Headline\n\nJo Park said: “The first half of the quote.\n\nCheap flights to Malaga\n\n“The second half of it.”\n\nAfter.");
    expect(doc.quotes.map((q) => q.text)).toEqual(["The first half of the quote.\n\nThe second half of it."]);
  });

  it("skips 'Read more' links and image captions", () => {
    const doc = docOf("Headline\n\nJo Park said: “The first half of the quote.\n\nRead more: Prison staff shortages deepen\n\n“The second half of it.”");
    expect(doc.quotes.map((q) => q.text)).toEqual(["The first half of the quote.\n\nThe second half of it."]);
  });

  it("skips a PDF page footer between paragraphs", () => {
    const doc = docOf(
      "Headline\n\nDame Ann said:\n\n\"The leaders are capable and the unpaid work is well run.\n\nPage 1 of 2\n\n------------------------------\nAnytown CRC press release | 3 March 2018\n\n\"However, too many people are seen by telephone.\"",
    );
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]!.text).toBe("The leaders are capable and the unpaid work is well run.\n\nHowever, too many people are seen by telephone.");
  });
});

describe("segment/05-quotes: not quotes", () => {
  it("ignores quoted fragments inside a sentence", () => {
    expect(texts("Headline\n\nInspectors found the team was “demoralised” and the building “unsafe”.")).toEqual([]);
  });

  it("ignores a quoted word in a headline", () => {
    expect(texts("‘Inadequate’ probation service must improve, say inspectors\n\nBody text follows here.")).toEqual([]);
  });

  it("ignores a short quoted subheading", () => {
    expect(texts("Headline\n\n“Real progress”\n\nThe trust has improved since last year.")).toEqual([]);
  });

  it("ignores reported speech without marks", () => {
    expect(texts("Headline\n\nThe CRC said that it welcomed the report and would act on it.")).toEqual([]);
  });

  it("ignores a fragment after `said`", () => {
    expect(texts("Headline\n\nInspectors said the service was “improving” overall.")).toEqual([]);
  });
});

describe("segment/05-quotes: blockquotes", () => {
  it("takes a Markdown blockquote as a quote with the attribution before it", () => {
    const doc = docOf("# Headline\n\nThe Chief Inspector said:\n\n> The service has improved a great deal since our last visit.");
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]!.text).toBe("The service has improved a great deal since our last visit.");
    expect(doc.quotes[0]!.attribution).toBe("The Chief Inspector");
  });

  it("takes an HTML blockquote holding marks", () => {
    const html =
      "<html><body><h1>Headline</h1><p>Chief Inspector of Probation Rob Hart was measured in his praise:</p><blockquote><p>&ldquo;This is a service that has turned a corner.&rdquo;</p></blockquote></body></html>";
    expect(texts(html, "html")).toEqual(["This is a service that has turned a corner."]);
    expect(attribs(html, "html")[0]).toContain("Rob Hart");
  });
});

describe("segment/05-quotes: paragraphs without marks inside an open quote", () => {
  it("keeps plain middle paragraphs when a later paragraph closes the quote", () => {
    const q = texts("Headline\n\nThe Chief Inspector said:\n\n“First paragraph of the statement.\n\nSecond paragraph with no marks at all.\n\nThird paragraph, which closes it.”\n\nAfter the quote.");
    expect(q).toEqual(["First paragraph of the statement.\n\nSecond paragraph with no marks at all.\n\nThird paragraph, which closes it."]);
  });

  it("ends the quote at its first paragraph when nothing closes it later", () => {
    const q = texts("Headline\n\nThe Chief Inspector said:\n\n“First paragraph of the statement.\n\nOrdinary reporting goes on here.\n\nAnd here, with no quote at all.");
    expect(q).toEqual(["First paragraph of the statement."]);
  });

  it("does not take a quoted report title standing alone as a quote", () => {
    expect(texts("Headline\n\n“Quality and impact inspection: the effectiveness of probation work in Northshire”\n\nThe report is out.")).toEqual([]);
  });
});

describe("segment/05-quotes: signature lines after a quote", () => {
  it("takes a `-- Name, Role` line closing a Markdown blockquote as its attribution", () => {
    const doc = docOf(
      "# Headline\n\nWhat the inspectors said\n\n> “Leaders in Eastvale have a clear plan and staff believe in it.\n>\n> “Yet too many risk assessments were late or missing, and that must change.”\n>\n> -- Priya Shah, Deputy Chief Inspector of Probation\n\nMore reporting follows here.",
    );
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]!.attribution).toBe("Priya Shah, Deputy Chief Inspector of Probation");
    expect(doc.quotes[0]!.text).not.toContain("Priya");
  });

  it("takes an em dash signature paragraph after an unattributed quote", () => {
    const doc = docOf("Headline\n\n“Our volunteers turned up every week, whatever the weather, and it showed.”\n\n— Tom Okafor, project manager");
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]!.attribution).toBe("Tom Okafor, project manager");
  });

  it("does not take a dash line as a signature when no quote comes just before it", () => {
    const doc = docOf("Headline\n\nThe inspection took place in May.\n\n— Tom Okafor, project manager");
    expect(doc.quotes).toHaveLength(0);
  });

  it("keeps the attribution a quote already has", () => {
    const doc = docOf("Headline\n\nThe director, Ellen Ward, said: “We accept every recommendation in full.”\n\n— Reporting team");
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]!.attribution).toBe("The director, Ellen Ward");
  });
});

describe("segment/05-quotes: lists after a quote are not signatures", () => {
  it("leaves a hyphen list after a quote alone", () => {
    const doc = docOf("Headline\n\nThe chief said: “We found three things that must improve quickly.”\n\n- Better risk assessment\n- Smaller caseloads");
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]!.attribution).toBe("The chief");
  });
});

describe("segment/05-quotes: HTML signatures", () => {
  it("takes a dash line that is the last paragraph of an HTML blockquote as the attribution", () => {
    const html =
      "<html><body><h1>Headline</h1><blockquote><p>&ldquo;Caseloads have come down and supervision is more consistent than it was.&rdquo;</p><p>&mdash; Nadia Bell, Head of the Northvale PDU</p></blockquote><p>The report was published today.</p></body></html>";
    const doc = docOf(html, "html");
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]!.attribution).toBe("Nadia Bell, Head of the Northvale PDU");
  });
});

describe("segment/05-quotes: a pull quote inside a quote (held-out set 7 kind)", () => {
  const page = (pull: string) =>
    `<html><body><article><h1>Headline here</h1><p>Ann Lee, Chief Inspector, said: “The staff in Dunmore work very hard, but they have been given far too many cases to hold.</p>${pull}<p>“When an officer holds ninety cases, the checks are the first thing to go.”</p><p>Other text.</p></article></body></html>`;
  const whole = "The staff in Dunmore work very hard, but they have been given far too many cases to hold.\n\nWhen an officer holds ninety cases, the checks are the first thing to go.";

  it("skips a blockquote repeating the quote's words, with or without a class saying so", () => {
    for (const pull of [
      "<blockquote><p>‘They have been given far too many cases to hold’</p></blockquote>",
      "<blockquote><p>“The checks are the first thing to go”</p></blockquote>",
      '<blockquote class="pull-quote"><p>Overworked and under-supported</p></blockquote>',
    ]) {
      expect(texts(page(pull), "html"), pull).toEqual([whole]);
    }
  });

  it("keeps a blockquote with words of its own between the quote's paragraphs", () => {
    const t = texts(page("<blockquote><p>The inspectors wrote that the service must recruit more staff soon.</p></blockquote>"), "html");
    expect(t).not.toEqual([whole]);
  });
});
