import { describe, expect, it } from "vitest";
import { valueOf } from "../helpers.js";

const chief = (text: string, format?: "text" | "html") => valueOf("chief-inspector", "chiefInspector", text, format);

describe("chief-inspector", () => {
  it("reads `Chief Inspector of Probation <Name> said`", () => {
    expect(chief("Headline\n\nHM Inspectorate of Probation inspected the CRC.\n\nChief Inspector of Probation Wendy Marsh said: “Good work.”")).toBe("Wendy Marsh");
  });

  it("reads `said <Name>, Chief Inspector of Probation`", () => {
    expect(chief("Headline\n\nThe trust was doing well, said Peter Lowe, Chief Inspector of Probation, publishing the report.")).toBe("Peter Lowe");
  });

  it("reads `HM Chief Inspector of Probation, <Name> CBE`", () => {
    expect(chief("Headline\n\nHM Chief Inspector of Probation, Alan Reeve CBE, said the service was improving.")).toBe("Alan Reeve");
  });

  it("reads an interim Chief Inspector", () => {
    expect(chief("Headline\n\nInterim Chief Inspector of Probation Kate Morrow said the findings were worrying.")).toBe("Kate Morrow");
    expect(chief("Headline\n\nThe report was signed by the interim Chief Inspector of Probation, Kate Morrow.")).toBe("Kate Morrow");
  });

  it("drops honorifics and resolves a short form", () => {
    expect(chief("Headline\n\nChief Inspector of Probation Dame Helen Frost visited.")).toBe("Helen Frost");
    expect(chief("Headline\n\nDame Helen Frost led the visit.\n\nThe Chief Inspector, Dame Helen, said it went well.")).toBe("Helen Frost");
  });

  it("ignores deputies, assistants, former chief inspectors and police ranks", () => {
    expect(chief("Headline\n\nDeputy Chief Inspector of Probation Tom Hale led the inspection.")).toBeNull();
    expect(chief("Headline\n\nAssistant Chief Inspector Ruth Dale said the work was sound.")).toBeNull();
    expect(chief("Headline\n\nThe former Chief Inspector of Probation, Nick Bright, once said so.")).toBeNull();
    expect(chief("Headline\n\nDetective Chief Inspector Gary Lyle of Westshire Police said officers would help.")).toBeNull();
    expect(chief("Headline\n\nChief Inspector Gary Lyle of Westshire Police said officers would help.")).toBeNull();
  });

  it("takes the prisons Chief Inspector for a prisons inspection", () => {
    const text =
      "Prison told to improve\n\nHM Inspectorate of Prisons found the prison unsafe.\n\nHM Chief Inspector of Prisons Ray Dunn said: “This prison is failing.”";
    expect(chief(text)).toBe("Ray Dunn");
  });

  it("is null when no Chief Inspector is named", () => {
    expect(chief("Headline\n\nInspectors rated the service Good.")).toBeNull();
    expect(chief("Headline\n\nThe Chief Inspector of Probation said the service was good.")).toBeNull();
  });
});

describe("chief-inspector: other wordings", () => {
  it("reads `The Chief Inspector of Probation is <Name>` in the notes", () => {
    expect(chief("Headline\n\nInspectors rated the PDU Good.\n\nNotes to editors\n\n1. The Chief Inspector of Probation is Kate Morrow.")).toBe("Kate Morrow");
  });

  it("reads `the inspectorate’s Chief Inspector, <Name>`", () => {
    expect(chief("Headline\n\nHM Inspectorate of Probation visited the unit. The inspectorate’s Chief Inspector, Rob Hart, said it had improved.")).toBe("Rob Hart");
  });
});

describe("chief-inspector: news wordings", () => {
  it("reads `Chief probation inspector <Name>`", () => {
    expect(chief("Headline\n\nChief probation inspector Kate Morrow also said work was “amongst the best seen”.")).toBe("Kate Morrow");
  });
});

describe("chief-inspector: possessives", () => {
  it("reads `Chief Inspector of Probation <Name>’s report`", () => {
    expect(chief("Headline\n\nChief Inspector of Probation Kate Morrow’s report found the unit was improving.")).toBe("Kate Morrow");
  });
});

describe("chief-inspector: a national paper's lower case", () => {
  it("reads '<Name>, who became chief inspector last year,'", () => {
    const t = "Headline\n\nHM Inspectorate of Probation inspected the CRC and said it was failing.\n\nDame Helen Frost, who became chief inspector last year, praised the staff.";
    expect(chief(t)).toBe("Helen Frost");
    expect(chief("Headline\n\nHM Inspectorate of Probation inspected the PDU. Kate Morrow, who has been chief inspector since 2019, said it was clear.")).toBe("Kate Morrow");
  });

  it("reads '<Name>, the chief inspector of probation,'", () => {
    expect(chief("Headline\n\nRob Hart, the chief inspector of probation, said the service had improved.")).toBe("Rob Hart");
  });

  it("ignores a former one, and a lower-case police rank", () => {
    expect(chief("Headline\n\nHM Inspectorate of Probation rated the CRC. Tom Hale, who was chief inspector until 2016, said little had changed.")).toBeNull();
    expect(chief("Headline\n\nHM Inspectorate of Probation rated the CRC. Gary Lyle, the chief inspector at Westshire Police, said officers would help.")).toBeNull();
    expect(chief("Headline\n\nHM Inspectorate of Probation rated the CRC. A chief inspector John Lyle was not involved.")).toBeNull();
  });
});

describe("chief-inspector: a heading with the title, the name opening the paragraph after it", () => {
  it("reads '### The Chief Inspector's view' then '<Name> did not mince words.'", () => {
    const t = "# A blog\n\nHM Inspectorate of Probation rated the PDU 'Good'.\n\n### The Chief Inspector's view\n\nPaula Wrenfield did not mince words. She said: \"Staff here are doing well.\"";
    expect(chief(t)).toBe("Paula Wrenfield");
    expect(chief("Headline\n\nHM Inspectorate of Probation published its report today.\n\n## Chief Inspector's comments\n\nDerek Holloway CBE, who leads the inspectorate, said: “This is good work.”")).toBe("Derek Holloway");
  });

  it("takes no name from a paragraph that does not open with one", () => {
    const t = "# A blog\n\nHM Inspectorate of Probation rated the PDU 'Good'.\n\n### The Chief Inspector's view\n\nThe report said staff in Wyndham Cross were committed.";
    expect(chief(t)).toBeNull();
  });
});
