import { describe, expect, it } from "vitest";
import { Scorer, jaccard, fold } from "../../src/eval/score.js";
import { emptyRecord } from "../../src/schema/record.js";

const source = { path: null, format: "text" as const, sha256: "0".repeat(64), bytes: 0 };

describe("eval scorer", () => {
  it("folds case, dashes, & and trailing punctuation", () => {
    expect(fold("Humberside, Lincolnshire & North Yorkshire CRC.")).toBe(fold("humberside, lincolnshire and north yorkshire crc"));
    expect(fold("Probation Service – Wales")).toBe("probation service-wales");
  });

  it("scores scalars, sets and quotes as the contract says", () => {
    const gold = {
      ...emptyRecord(source),
      overallRating: "Good",
      provider: { name: "Leeds Probation Delivery Unit", shortName: "Leeds PDU", type: "PDU", areas: ["Leeds", "Wakefield"] },
      quotes: [{ speaker: "Martin Jones", role: null, text: "We found a service that knows its people well and works hard for them." }],
    } as unknown as Record<string, unknown>;
    const pred = {
      ...emptyRecord(source),
      overallRating: "Requires improvement",
      recommendations: 4,
      provider: { name: "Leeds PDU", shortName: null, type: "PDU", areas: ["Leeds"] },
      quotes: [{ speaker: "Martin Jones", role: null, text: "We found a service that knows its people well and works hard for them" }],
    } as unknown as Record<string, unknown>;
    const scorer = new Scorer();
    scorer.score("x.json", gold, pred);
    const fields = Object.fromEntries(scorer.report().fields.map((f) => [f.field, f]));
    expect(fields["overallRating"]).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(fields["recommendations"]).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(fields["provider"]).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(fields["provider.areas"]).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(fields["quotes"]).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(fields["quotes.speaker"]).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it("measures word overlap as Jaccard over lower-cased words", () => {
    expect(jaccard("The CRC’s work", "the crcs work")).toBe(1);
    expect(jaccard("a b c d", "a b c e")).toBeCloseTo(3 / 5);
  });
});
