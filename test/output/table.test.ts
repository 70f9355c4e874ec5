import { describe, expect, it } from "vitest";
import { Chalk } from "chalk";

import { colorLevel } from "../../src/output/color.js";
import { safeLine, stripTerminalControls } from "../../src/output/sanitize.js";
import { formatTableRecord, tableWriter } from "../../src/output/table.js";
import { render, sampleRecord } from "./sample.js";
import { controlsIn, escapesIn, isSgr } from "../cli/fake-io.js";

const ESC = "\u001b";

describe("table writer", () => {
  it("summarises a record: provider, overall and aspect ratings, quote, warnings", async () => {
    const text = await render(tableWriter, [sampleRecord()]);
    expect(text).toContain("docs/northshire.txt");
    expect(text).toContain("Northshire PDU (PDU)");
    expect(text).toContain("Overall: Good (previously Requires improvement)");
    expect(text).toMatch(/Information and facilities +Requires improvement \(previously Inadequate\)/);
    expect(text).toContain("supervises about 2,500");
    expect(text).toContain("(Martin Jones)");
    expect(text).toContain("1 warning:");
    expect(text).not.toContain(ESC);
  });

  it("colours ratings when asked: Inadequate red, Good green", async () => {
    const text = await render(tableWriter, [sampleRecord()], true);
    expect(text).toContain(`${ESC}[32mGood${ESC}[39m`);
    expect(text).toContain(`${ESC}[31mInadequate`);
  });

  it("cannot be driven by escape sequences in a document", () => {
    const evil = sampleRecord({
      title: `Hi${ESC}]0;new title${"\u0007"}there${ESC}[2J${ESC}[1;1H`,
      provider: { name: "X", shortName: `Bad${"\u009b"}31mCo\u202e`, type: "PDU", areas: [] },
      quotes: [{ speaker: "Martin Jones", role: null, text: `line${ESC}P1$r${ESC}\\ one\r\nline two${"\u0008"}` }],
      warnings: [`w${ESC}c`],
    });
    const out = formatTableRecord(evil, new Chalk({ level: 1 }));
    const escapes = escapesIn(out);
    expect(escapes.length).toBeGreaterThan(0);
    for (const e of escapes) expect(isSgr(e), JSON.stringify(e)).toBe(true);
    expect(controlsIn(out, { allowEsc: true })).toEqual([]);
    expect(out).toContain("Hithere");
    expect(out).toContain("BadCo");
    expect(out).toContain("line one line two");
  });
});

describe("stripTerminalControls", () => {
  it("removes CSI, OSC, DCS, 8-bit CSI and lone controls; keeps text", () => {
    expect(stripTerminalControls(`a${ESC}[38;5;196mb${ESC}[0mc`)).toBe("abc");
    expect(stripTerminalControls(`a${ESC}]8;;http://x${ESC}\\link${ESC}]8;;${ESC}\\b`)).toBe("alinkb");
    expect(stripTerminalControls(`a\u009b2Jb`)).toBe("ab");
    expect(stripTerminalControls(`a\u0000\u0007b\u007f`)).toBe("ab");
    expect(stripTerminalControls("é – ‘Good’ 😀")).toBe("é – ‘Good’ 😀");
    expect(stripTerminalControls("a\nb", { keepNewlines: true })).toBe("a\nb");
    expect(safeLine("  a\n\n  b\t c ")).toBe("a b c");
  });

  it("is fast on a long unterminated sequence", () => {
    const s = `${ESC}]` + "x".repeat(2_000_000);
    const t0 = Date.now();
    expect(stripTerminalControls(s)).toBe("");
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});

describe("colorLevel", () => {
  it("honours FORCE_COLOR, then NO_COLOR, then the terminal", () => {
    expect(colorLevel({}, true)).toBe(1);
    expect(colorLevel({}, false)).toBe(0);
    expect(colorLevel({}, undefined)).toBe(0);
    expect(colorLevel({ NO_COLOR: "1" }, true)).toBe(0);
    expect(colorLevel({ NO_COLOR: "" }, true)).toBe(1);
    expect(colorLevel({ TERM: "dumb" }, true)).toBe(0);
    expect(colorLevel({ FORCE_COLOR: "1" }, false)).toBe(1);
    expect(colorLevel({ FORCE_COLOR: "0" }, true)).toBe(0);
    expect(colorLevel({ FORCE_COLOR: "3", NO_COLOR: "1" }, false)).toBe(3);
  });
});
