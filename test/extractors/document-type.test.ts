import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { valueOf } from "../helpers.js";

const seed = (name: string) => readFileSync(new URL(`../../fixtures/docs/${name}`, import.meta.url), "utf8");
const typeOf = (text: string, format?: "text" | "html") => valueOf("document-type", "documentType", text, format);

describe("documentType", () => {
  it("settles the seeds", () => {
    expect(typeOf(seed("blog-staffordshire-west-midlands-crc.txt"))).toBe("blog-post");
    expect(typeOf(seed("news-merseyside-crc-2020.txt"))).toBe("news-article");
    expect(typeOf(seed("press-release-merseyside-crc-2020.txt"))).toBe("press-release");
    expect(typeOf(seed("press-release-merseyside-probation-trust.txt"))).toBe("press-release");
  });

  it("reads a council's release with ENDS and notes to editors as a press release", () => {
    const text = "Council welcomes youth justice report\n\nThe council welcomed the report today.\n\nCllr Smith said: “We are proud.”\n\nENDS\n\nNotes to editors\n\n1. For media enquiries contact the council press office.";
    expect(typeOf(text)).toBe("press-release");
  });

  it("reads a byline and a watchdog as a news article", () => {
    const text = "Probation service slammed\n\nBy Jo Bloggs, Crime Reporter\n\nThe probation service for the county has been criticised by the probation watchdog.\n\nInspectors visited in May.";
    expect(typeOf(text)).toBe("news-article");
  });

  it("reads a dateline as a news article", () => {
    const text = "Youth team keeps its rating\n\nBRISTOL, Friday 8 March 2024 – The city's youth justice service has kept its Good rating.\n\nMore text follows.";
    expect(typeOf(text)).toBe("news-article");
  });

  it("reads comment furniture as a blog post", () => {
    const text = "My take on the CRC report\n\nPosted by Kim on 3 May 2019\n\nI think the report is right.\n\nThe CRC must do better.\n\n12 Comments\n\nLeave a Reply";
    expect(typeOf(text)).toBe("blog-post");
  });

  it("uses page metadata: BlogPosting and a news site's name", () => {
    const blog = `<html><head><script type="application/ld+json">{"@type":"BlogPosting","headline":"x"}</script></head><body><article><h1>Thoughts</h1><p>Some thoughts on today's probation inspection report and what it means for the staff who work there.</p></article></body></html>`;
    expect(typeOf(blog, "html")).toBe("blog-post");
    const news = `<html><head><title>Unit rated Good - Shire Evening Post</title></head><body><article><h1>Unit rated Good</h1><p>The probation unit in the town has been rated Good after inspectors visited it in the spring of this year.</p></article></body></html>`;
    expect(typeOf(news, "html")).toBe("news-article");
  });

  it("reads an email newsletter as a blog post and a GOV.UK page as a press release", () => {
    const letter = "Justice Matters\n\nIn this issue\n\nInspectors rate the unit Good\n\nThe unit was rated Good.\n\nYou are receiving this email because you signed up.";
    expect(typeOf(letter)).toBe("blog-post");
    const gov = "Press release\n\nUnit rated Good by inspectors\n\nFrom: HM Inspectorate of Probation\n\nPublished 3 March 2022\n\nThe unit was rated Good.";
    expect(typeOf(gov)).toBe("press-release");
  });

  it("says nothing without signals", () => {
    expect(typeOf("Probation report\n\nInspectors visited the service and rated it Good.")).toBeNull();
  });
});

describe("documentType: an organisation's commentary in its own voice", () => {
  const post = [
    "Six things we took from the Ashworth report",
    "It is not often we get to share good news, so bear with us.",
    "Last week the inspectorate published its report on Ashworth Youth Justice Service and rated it ‘Good’.",
    "We have worked with the service since our project began in 2015.",
    "Here is what stood out for us.",
    "Inspectors looked at 30 cases. This was the part we found most striking.",
    "We could not agree more, and we will be running a session on it in May.",
  ].join("\n\n");

  it("reads many sentences saying 'we', 'us', 'our' outside quotes as a blog post", () => {
    expect(typeOf(post)).toBe("blog-post");
    const html = `<html><head><meta property="og:site_name" content="Pathways Youth Trust"></head><body><article>${post
      .split("\n\n")
      .map((p) => `<p>${p}</p>`)
      .join("")}</article></body></html>`;
    expect(typeOf(html, "html")).toBe("blog-post");
  });

  it("does not count the inspectorate's own 'we' (its page says 'We inspected')", () => {
    const page = [
      "Ashworth Youth Justice Service",
      "We inspected the service in May and rated it ‘Good’.",
      "We looked at 30 cases and spoke to our partners in the area.",
      "We found strong leadership, and we were impressed by its staff.",
      "We have made four recommendations.",
      "We will return next year to see our recommendations put into practice.",
    ].join("\n\n");
    expect(typeOf(page)).toBeNull();
  });

  it("does not count 'we' inside quotes", () => {
    const t = [
      "Service rated Good",
      "Ashworth Youth Justice Service has been rated ‘Good’.",
      "The head of service said: “We are proud. We worked hard. Our staff are brilliant. We thank our partners. We will keep going.”",
    ].join("\n\n");
    expect(typeOf(t)).not.toBe("blog-post");
  });

  it("leaves a document other signals decide to them", () => {
    const t = `${post}\n\nENDS\n\nNotes to editors\n\n1. For media enquiries contact the press office.`;
    expect(typeOf(t)).toBe("press-release");
  });
});

describe("documentType (held-out set 6): a Markdown blog in the writer's own voice", () => {
  const body = [
    "Last week HM Inspectorate of Probation published its report on the Orlby division, and it was rated Good overall.",
    "The division supervises about 5,000 people across Orlby and Fenhall.",
    "Staffing was rated Requires improvement, which I'll come back to.",
    "A few numbers from the report stood out for me.",
    "I'd go further than the inspectors on staffing: officers I've spoken to describe heavy caseloads.",
    "The report makes six recommendations.",
  ];
  it("reads a 'Posted <date> by <name>' line as a blog's meta line", () => {
    expect(typeOf(["# Orlby gets a Good", "*Posted 4 March 2019 by Ann Writer · Filed under: Inspections*", ...body.slice(0, 2)].join("\n\n"))).toBe("blog-post");
    expect(typeOf(["# Orlby gets a Good", "Posted 21st June 2020 by Ann Writer", ...body.slice(0, 2)].join("\n\n"))).toBe("blog-post");
  });
  it("reads three sentences or more in the first person singular, outside quotes, as commentary", () => {
    expect(typeOf(["# Orlby gets a Good", ...body].join("\n\n"))).toBe("blog-post");
  });
  it("does not read 'I' inside quotes, or a 'Posted: <time>' line, as a blog's", () => {
    const quoted = [
      "Orlby division rated Good",
      "The Orlby division has been rated Good by HM Inspectorate of Probation.",
      "The director said: “I am proud of the staff. I'd like to thank them. I know how hard they have worked, and I'm sure they will keep it up.”",
      "Posted: 10:32, 4 March 2019",
    ];
    expect(typeOf(quoted.join("\n\n"))).not.toBe("blog-post");
  });
});

describe("documentType: a news agency's wire (held-out set 10 kind)", () => {
  const wire = (dateline: string) =>
    `EMBARGOED TO 0001 TUESDAY MARCH 4\n\nPRISONS Ravenholt (MWS)\n\nYouth team told to improve\n\nBy Ann Colley, Midland Wire Services Crime Correspondent\n\n${dateline} A youth justice team must improve, inspectors said in a report published on Tuesday.\n\nThe team was rated requires improvement.\n\nENDS\n\nEditor's note: The inspection report on the Ravenholt team goes on the inspectorate's website at 0001 on Tuesday March 4. It is the third youth justice report of the year. Pictures of the team's offices are available from the picture desk. Corrects the spelling of the team's manager in para 3.`;

  it("reads a wire with its agency's code in the dateline as a news article, despite its ENDS and embargo line", () => {
    expect(typeOf(wire("RAVENHOLT, Tuesday March 4 2025 (MWS) -"))).toBe("news-article");
    expect(typeOf(wire("RAVENHOLT, 4 March 2025 (PA) –"))).toBe("news-article");
  });

  it("reads the same text without an agency's code as a release", () => {
    expect(typeOf(wire("Ravenholt, 4 March 2025."))).toBe("press-release");
  });
});
