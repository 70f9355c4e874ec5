import { describe, expect, it } from "vitest";
import { aspectPairsOf, candidatesOf } from "../helpers.js";
import type { AspectRating } from "../../src/schema/record.js";

const aspects = (t: string, format?: "text" | "html"): AspectRating[] =>
  candidatesOf("aspect-ratings", "aspectRatings", t, format).map((c) => c.value);
const pairs = aspectPairsOf;

describe("aspect-ratings", () => {
  it("reads prose ratings with canonical names", () => {
    expect(pairs("Its unpaid work was rated ‘Good’, and work to support victims was judged 'outstanding' too.")).toEqual([
      "Statutory victim work=Outstanding",
      "Unpaid work=Good",
    ]);
    expect(pairs("But inspectors rated its staffing as requires improvement, saying vacancies were high.")).toEqual(["Staff=Requires improvement"]);
    expect(pairs("Its work in the courts, preparing reports and allocating cases, was rated outstanding.")).toEqual([
      "Court reports and case allocation=Outstanding",
    ]);
  });

  it("reads the subject without the filler words before its verb, however they are spaced", () => {
    expect(pairs("Its unpaid work and its leadership   has   also   been rated 'Good'.")).toEqual(["Leadership=Good", "Unpaid work=Good"]);
    expect(pairs("Unpaid work, in turn, was    also rated 'Inadequate'.")).toEqual(["Unpaid work=Inadequate"]);
    expect(pairs("Leadership\u00a0was all rated 'Outstanding'.")).toEqual(["Leadership=Outstanding"]);
  });

  it("never takes a count of ratings or a possessive for an aspect", () => {
    expect(pairs("Inspectors looked at eight aspects of the PDU’s work. Two were rated ‘Good’, five ‘Requires improvement’ and one ‘Inadequate’.")).toEqual([]);
    expect(pairs("“Inspectors rated our unpaid work ‘Outstanding’ and recognised our leadership,” a spokesperson said.")).toEqual(["Unpaid work=Outstanding"]);
  });

  it("pairs each rating with its own aspects in one sentence", () => {
    expect(
      pairs("Inspectors rated its leadership 'Good' and its services 'Good', but rated staffing 'Inadequate' and information and facilities 'Requires improvement'."),
    ).toEqual(["Information and facilities=Requires improvement", "Leadership=Good", "Services=Good", "Staff=Inadequate"]);
    expect(
      pairs("The service was rated ‘Outstanding’ for governance and leadership, and ‘Good’ for staff, partnerships and services, and information and facilities."),
    ).toEqual(["Governance and leadership=Outstanding", "Information and facilities=Good", "Partnerships and services=Good", "Staff=Good"]);
  });

  it("expands groups and keeps own words for aspects that fit none", () => {
    expect(pairs("We looked at how staff assess, plan, deliver and review work with people on probation. We have rated all four aspects that we inspect ‘Inadequate’.")).toEqual([
      "Assessment=Inadequate",
      "Implementation and delivery=Inadequate",
      "Planning=Inadequate",
      "Reviewing=Inadequate",
    ]);
    expect(pairs("Within service delivery, desistance and unpaid work were rated 'Requires improvement' and public protection 'Inadequate'.")).toEqual([
      "Desistance=Requires improvement",
      "Public protection=Inadequate",
      "Unpaid work=Requires improvement",
    ]);
    expect(pairs("Out-of-court disposals were rated ‘Good’ across all four standards.")).toEqual(["Out-of-court disposals=Good"]);
  });

  it("reads a prose list after 'as well as in', stray comma included", () => {
    expect(pairs("The PDU was rated 'Inadequate' overall, as well as in assessment, planning, implementation, and delivery and reviewing.")).toEqual([
      "Assessment=Inadequate",
      "Implementation and delivery=Inadequate",
      "Planning=Inadequate",
      "Reviewing=Inadequate",
    ]);
  });

  it("resolves 'this element' to the aspect named just before, with its previous rating", () => {
    const t =
      "The strongest area of performance is the Through the Gate service, which helps people leaving prison. The Inspectorate has rated this element as ‘Outstanding’ – up from ‘Requires improvement’ last time.";
    expect(aspects(t)).toEqual([{ aspect: "Through the Gate", rating: "Outstanding", previousRating: "Requires improvement" }]);
  });

  it("reads bullet lines and dash lines", () => {
    const t = "Ratings:\n\n• Leadership: Good\n• Staffing: Requires improvement\n• Unpaid work – Outstanding\n• Victim contact: Good";
    expect(pairs(t)).toEqual(["Leadership=Good", "Staff=Requires improvement", "Statutory victim work=Good", "Unpaid work=Outstanding"]);
  });

  it("reads HTML tables by their header, last time's column first", () => {
    const html =
      "<html><body><article><h1>Grades side by side</h1><p>Inspectors returned to the CRC this year.</p><table><tr><th>Aspect</th><th>Last time</th><th>This time</th></tr>" +
      "<tr><td>Leadership</td><td>Inadequate</td><td>Requires improvement</td></tr>" +
      "<tr><td>Unpaid work</td><td>Good</td><td>Good</td></tr></table></article></body></html>";
    expect(aspects(html, "html").sort((a, b) => a.aspect.localeCompare(b.aspect))).toEqual([
      { aspect: "Leadership", rating: "Requires improvement", previousRating: "Inadequate" },
      { aspect: "Unpaid work", rating: "Good", previousRating: "Good" },
    ]);
  });

  it("rates nothing from findings without a rating verb", () => {
    expect(aspects("Inspectors found inadequate work in assessing risks, although leadership was good at engaging staff.")).toEqual([]);
    expect(aspects("The Inspectorate uses a four-point scale: ‘Outstanding’, ‘Good’, ‘Requires improvement’ and ‘Inadequate’, and rates unpaid work.")).toEqual([]);
  });

  it("expands a case supervision group named without its members", () => {
    const cs = ["Assessment", "Implementation and delivery", "Planning", "Reviewing"];
    expect(pairs("Every aspect of case supervision was rated ‘Good’ by the inspection team.")).toEqual(cs.map((a) => `${a}=Good`));
    expect(pairs("Inspectors said all of the four case supervision standards were judged 'Inadequate'.")).toEqual(cs.map((a) => `${a}=Inadequate`));
    expect(pairs("The unit's efforts to assess, plan, deliver and review its cases were rated poor throughout.")).toEqual(cs.map((a) => `${a}=Inadequate`));
    expect(pairs("Its four casework standards (assess, plan, implement and review) were each graded *Requires improvement*.")).toEqual(
      cs.map((a) => `${a}=Requires improvement`),
    );
  });

  it("reads aspects listed after a colon and in news wording", () => {
    expect(pairs("Two areas were rated ‘Outstanding’: services and unpaid work.")).toEqual(["Services=Outstanding", "Unpaid work=Outstanding"]);
    expect(pairs("The team was rated 'Inadequate' for leadership and for staff, inspectors said.")).toEqual(["Leadership=Inadequate", "Staff=Inadequate"]);
    expect(pairs("Yet staffing was rated as good, and its work to review cases was rated inadequate.")).toEqual(["Reviewing=Inadequate", "Staff=Good"]);
    expect(pairs("Its leadership, its staffing, and work to assess and plan cases were all rated 'Good'.")).toEqual([
      "Assessment=Good",
      "Leadership=Good",
      "Planning=Good",
      "Staff=Good",
    ]);
  });

  it("reads case supervision aspects rated one by one in prose", () => {
    expect(pairs("Planning, assessment and implementation were judged ‘Outstanding’ but reviewing only ‘Good’.")).toEqual([
      "Assessment=Outstanding",
      "Implementation and delivery=Outstanding",
      "Planning=Outstanding",
      "Reviewing=Good",
    ]);
    expect(pairs("Staffing was rated ‘Inadequate’ after a year of vacancies.")).toEqual(["Staff=Inadequate"]);
  });

  it("never outputs a domain as an aspect", () => {
    const html = `<table><tr><th>Area</th><th>Standard</th><th>Grade</th></tr>
<tr><td>Organisational delivery</td><td>Leadership</td><td>Good</td></tr>
<tr><td>Staff</td><td>Inadequate</td></tr>
<tr><td>Case supervision</td><td>Assessment</td><td>Requires improvement</td></tr>
<tr><td>Reviewing</td><td>Good</td></tr></table>`;
    expect(pairs(html, "html")).toEqual(["Assessment=Requires improvement", "Leadership=Good", "Reviewing=Good", "Staff=Inadequate"]);
    // a domain rated as a whole in prose, its members not named: one entry in the document's own words
    expect(pairs("Organisational delivery was rated ‘Good’ by the inspectors last month.")).toEqual(["Organisational delivery=Good"]);
  });

  it("expands a rated domain whose members an aside lists, and keeps a domain named alone in its own words", () => {
    expect(pairs("In its first domain, organisational delivery – which covers governance and leadership, staff, partnerships and services, and information and facilities – the team was rated ‘Outstanding’.")).toEqual([
      "Governance and leadership=Outstanding",
      "Information and facilities=Outstanding",
      "Partnerships and services=Outstanding",
      "Staff=Outstanding",
    ]);
    expect(pairs("For case supervision (assessment, planning, implementation and delivery, and reviewing) the unit was judged ‘Inadequate’.")).toEqual([
      "Assessment=Inadequate",
      "Implementation and delivery=Inadequate",
      "Planning=Inadequate",
      "Reviewing=Inadequate",
    ]);
    expect(pairs("Its work with young people given orders by the youth court, known as court disposals, was rated ‘Good’.")).toEqual(["Court disposals=Good"]);
    expect(pairs("The partnership’s court disposals were rated ‘Inadequate’ this time.")).toEqual(["Court disposals=Inadequate"]);
    // near misses: an example of the domain ("including") is no list of its members; out-of-court disposals keep their canonical name
    expect(pairs("In organisational delivery – including its leadership – the service was rated ‘Good’.")).toEqual([]);
    expect(pairs("Its out-of-court disposals were rated ‘Good’.")).toEqual(["Out-of-court disposals=Good"]);
  });

  it("never reads a table or list row naming a provider as an aspect; the main provider's own overall row is its overall rating", () => {
    const html = `<p>The Probation Service – Northmarsh region has been rated ‘Good’ overall. Leadership was rated ‘Good’.</p>
<table><thead><tr><th>Unit</th><th>Overall rating</th></tr></thead>
<tbody><tr><th>Eastholme PDU</th><td>Inadequate</td></tr><tr><th>Kestrel Vale PDU</th><td>Outstanding</td></tr></tbody>
<tfoot><tr><th>Northmarsh region (overall)</th><td>Good</td></tr></tfoot></table>`;
    expect(pairs(html, "html")).toEqual(["Leadership=Good"]);
    const lines = "Ratings\n\nBrockwell YOT: Good\n\nSandmere YOT: Requires improvement\n\nStaffing: Inadequate\n";
    expect(pairs(lines)).toEqual(["Staff=Inadequate"]);
    // a near miss: rows of aspects in the document's own words stay
    const own = "<table><tr><th>Standard</th><th>Rating</th></tr><tr><td>Desistance</td><td>Good</td></tr><tr><td>Public protection</td><td>Inadequate</td></tr></table>";
    expect(pairs(own, "html")).toEqual(["Desistance=Good", "Public protection=Inadequate"]);
  });

  it("reads an old rating in an aside on the subject as its previous rating, and the rating now as its rating", () => {
    expect(aspects("Governance and leadership, which was rated inadequate in 2018, is now judged to be good, and staffing was also rated good.")).toEqual([
      { aspect: "Governance and leadership", rating: "Good", previousRating: "Inadequate" },
      { aspect: "Staff", rating: "Good", previousRating: null },
    ]);
    expect(aspects("Unpaid work, which was graded ‘Requires improvement’ in 2017, has now been rated ‘Outstanding’.")).toEqual([
      { aspect: "Unpaid work", rating: "Outstanding", previousRating: "Requires improvement" },
    ]);
    // a near miss: no "now", no earlier time: the aside's rating is this inspection's
    expect(aspects("Leadership, which was rated ‘Good’, and staffing were discussed at length.")).toEqual([{ aspect: "Leadership", rating: "Good", previousRating: null }]);
  });

  it("reads no rating from how work was judged in a share of cases", () => {
    expect(pairs("Inspectors judged the quality of planning to be poor in nearly a third of the cases they read.")).toEqual([]);
    expect(pairs("Assessment was judged good in 14 of the 20 cases inspected.")).toEqual([]);
    // a near miss: a rating, then where the cases were read
    expect(pairs("Assessment was rated ‘Good’, and inspectors read 30 cases.")).toEqual(["Assessment=Good"]);
  });

  it("reads labelled lines with a domain prefix", () => {
    const t = "Ratings\n\nCourt disposals – planning: Good\n\nCourt disposals – reviewing: Inadequate\n\nStaff: Outstanding\n";
    expect(pairs(t)).toEqual(["Planning=Good", "Reviewing=Inadequate", "Staff=Outstanding"]);
  });

  it("reads a ratings table flattened into numbered rows (text pasted from a PDF)", () => {
    const pdf = [
      "Ratings for the Fernleigh unit",
      "",
      "Organisational delivery",
      "1.1 Leadership                         Outstanding",
      "1.2 Staff                              Inadequate",
      "1.3 Services                           Good",
      "Case supervision",
      "2.1 Assessment                         Requires improvement",
      "2.2 Planning                           Good",
      "Unit-specific work",
      "3.1 Unpaid work                        Good",
      "3.2 Tenancy support                    Requires improvement",
      "",
      "Inspectors examined 90 cases.",
    ].join("\n");
    expect(pairs(pdf)).toEqual([
      "Assessment=Requires improvement",
      "Leadership=Outstanding",
      "Planning=Good",
      "Services=Good",
      "Staff=Inadequate",
      "Tenancy support=Requires improvement",
      "Unpaid work=Good",
    ]);
    // rows run together into one block, a header between them
    expect(pairs("Ratings\n\n2.3 Implementation and delivery Inadequate 2.4 Reviewing Good Other work\n\n3.1 Statutory victim work Outstanding")).toEqual([
      "Implementation and delivery=Inadequate",
      "Reviewing=Good",
      "Statutory victim work=Outstanding",
    ]);
  });

  it("never reads prose or two-column rows as numbered rating rows", () => {
    // a sentence with a decimal in it
    expect(pairs("Sickness fell to 8.5 days and leadership was good.")).toEqual([]);
    // this time's and last time's rating: which is which is not guessed
    expect(pairs("1.1 Leadership Good Requires improvement\n\n1.2 Staff Good Good")).toEqual([]);
  });

  it("resolves a count label ('All four standards') from the heading or parent item above, or drops it", () => {
    const html = `<h2>Ratings</h2><ul>
<li><strong>Domain two: court disposals</strong><ul><li>All four standards – Requires improvement</li></ul></li>
<li><strong>Domain three: out-of-court disposals</strong><ul><li>All four standards – Outstanding</li></ul></li>
<li>Resettlement – Good</li></ul>`;
    expect(pairs(html, "html")).toEqual([
      "Assessment=Requires improvement",
      "Implementation and delivery=Requires improvement",
      "Out-of-court disposals=Outstanding",
      "Planning=Requires improvement",
      "Resettlement=Good",
      "Reviewing=Requires improvement",
    ]);
    // a parent that names no aspect: nothing, and never "All four standards" as an aspect
    const vague = `<ul><li>Domain one: organisational delivery<ul><li>All four standards – Good</li></ul></li><li>Staff – Good</li></ul>`;
    expect(pairs(vague, "html")).toEqual(["Staff=Good"]);
  });

  it("reads 'and so did X' / 'as was X' after a rating, and subjects before 'came out as'", () => {
    expect(pairs("Staffing and services both came out as ‘Outstanding’, and so did leadership, which surprised nobody.")).toEqual([
      "Leadership=Outstanding",
      "Services=Outstanding",
      "Staff=Outstanding",
    ]);
    expect(pairs("Reviewing was rated ‘Inadequate’, as was planning.")).toEqual(["Planning=Inadequate", "Reviewing=Inadequate"]);
    // near misses: the phrase names more than aspects
    expect(pairs("Reviewing was rated ‘Inadequate’, as was the case with planning in 2019.")).toEqual(["Reviewing=Inadequate"]);
    expect(pairs("Assessment was rated ‘Good’, and so did the staff who spoke to us about planning.")).toEqual(["Assessment=Good"]);
    expect(pairs("Assessment was rated ‘Good’, as were the views of managers on planning.")).toEqual(["Assessment=Good"]);
  });

  it("reads a second lower-case quoted rating rated by the same verb", () => {
    expect(pairs('Inspectors rated planning and reviewing "good" and assessment "inadequate".')).toEqual([
      "Assessment=Inadequate",
      "Planning=Good",
      "Reviewing=Good",
    ]);
    expect(pairs("The watchdog rated leadership 'outstanding', while staffing 'requires improvement'.")).toEqual(["Leadership=Outstanding", "Staff=Requires improvement"]);
    // near miss: a lower-case quoted word after something that is not an aspect
    expect(pairs('Inspectors rated leadership "good" and managers said morale felt "good" too.')).toEqual(["Leadership=Good"]);
  });

  it("keeps a step's old rating as the previous one, not a rating of its own", () => {
    expect(aspects("Its unpaid work was rated ‘Good’ – up from the ‘Inadequate’ it was given in 2017.")).toEqual([
      { aspect: "Unpaid work", rating: "Good", previousRating: "Inadequate" },
    ]);
  });

  it("states no rating with two offered as alternatives", () => {
    expect(pairs("Inspectors rated the unit ‘Good’ or ‘Outstanding’ in six of the standards; leadership was rated ‘Good’.")).toEqual(["Leadership=Good"]);
  });
});
