/**
 * Bad bytes: empty, binary, PDF, random noise, broken or legacy encodings.
 * Each is refused with a clear InputError or decoded without mojibake.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract.js";
import { InputError } from "../../src/input/errors.js";
import { recordSchema } from "../../src/schema/record.js";
import { randomBytes, RELEASE } from "./harness.js";

async function refusal(bytes: Uint8Array): Promise<InputError> {
  try {
    await extract(bytes, { path: "x" });
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return err as InputError;
  }
  throw new Error("expected the input to be refused");
}

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const MOJIBAKE = /â€|Ã[\u0080-\u00ff]|Â£|\ufffd/;

describe("refused inputs", () => {
  it("an empty file", async () => {
    const err = await refusal(new Uint8Array());
    expect(err.code).toBe("empty");
    expect(err.message).toMatch(/empty/);
  });

  it("a file of white space only", async () => {
    const err = await refusal(new TextEncoder().encode(" \n\r\n\t  \n"));
    expect(err.code).toBe("empty");
  });

  it("a PDF, with advice to convert it to text first", async () => {
    const pdf = new Uint8Array([...latin1("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), ...randomBytes(4000, 7)]);
    const err = await refusal(pdf);
    expect(err.code).toBe("pdf");
    expect(err.message).toMatch(/PDF/);
    expect(err.message).toMatch(/convert it to text/);
  });

  it("a PNG image", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...randomBytes(2000, 3)]);
    const err = await refusal(png);
    expect(err.code).toBe("binary");
    expect(err.message).toMatch(/not a text or HTML document/);
  });

  it("random bytes", async () => {
    for (const seed of [1, 2, 3]) {
      const err = await refusal(randomBytes(50_000, seed));
      expect(err.code).toBe("binary");
      expect(err.message).toMatch(/not a text or HTML document/);
    }
  });

  it("random bytes without a single NUL", async () => {
    const err = await refusal(randomBytes(50_000, 11, { noNul: true }));
    expect(err.code).toBe("binary");
    expect(err.message).toMatch(/not a text or HTML document/);
  });

  it("a zip archive (a .docx)", async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...randomBytes(1000, 5)]);
    expect((await refusal(zip)).message).toMatch(/not a text or HTML document/);
  });
});

describe("encodings", () => {
  it("invalid UTF-8 (a stray Latin-1 byte) decodes without replacement characters", async () => {
    const bytes = latin1(RELEASE.replace("Eastbridge Probation", "Caf\xe9 Row Probation"));
    const { doc, record } = await extract(bytes, { path: "x.txt" });
    expect(doc.text).toContain("Café Row Probation");
    expect(doc.text).not.toMatch(MOJIBAKE);
    expect(recordSchema.safeParse(record).success).toBe(true);
  });

  it("truncated UTF-8 sequences do not crash the pipeline", async () => {
    const good = new TextEncoder().encode(RELEASE);
    const broken = new Uint8Array([...good.subarray(0, 200), 0xe2, 0x80, ...good.subarray(200), 0xf0, 0x9f]);
    const { record } = await extract(broken, { path: "x.txt" });
    expect(recordSchema.safeParse(record).success).toBe(true);
  });

  for (const [label, bom, le] of [
    ["UTF-16LE", [0xff, 0xfe], true],
    ["UTF-16BE", [0xfe, 0xff], false],
  ] as const) {
    it(`${label} with a byte-order mark`, async () => {
      const text = RELEASE.replace("Justin Russell said:", "Justin Russell said \u2013 and repeated \u2018twice\u2019 \u2013 that \u00a31m was spent:");
      const units = new Uint8Array(text.length * 2);
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        units[2 * i] = le ? c & 0xff : c >> 8;
        units[2 * i + 1] = le ? c >> 8 : c & 0xff;
      }
      const { doc, encoding, record } = await extract(new Uint8Array([...bom, ...units]), { path: "x.txt" });
      expect(encoding).toBe(label.toLowerCase());
      expect(doc.text).toContain("\u2018twice\u2019");
      expect(doc.text).toContain("\u00a31m");
      expect(doc.text).not.toMatch(MOJIBAKE);
      expect(record.source.format).toBe("text");
    });
  }

  it("Windows-1252 text: curly quotes, dashes and pounds, no mojibake", async () => {
    // 0x93/0x94 “ ”, 0x92 ’, 0x96 –, 0xA3 £ in Windows-1252
    const src = RELEASE.replace(
      'said: "Staff are committed, but',
      "said: \x93Staff\x92s work \x96 worth \xa312m a year \x96 is committed, but",
    ).replace('need."', "need.\x94");
    const { doc } = await extract(latin1(src), { path: "x.txt" });
    expect(doc.text).toContain("\u201cStaff\u2019s work \u2013 worth \u00a312m a year");
    expect(doc.text).toContain("need.\u201d");
    expect(doc.text).not.toMatch(MOJIBAKE);
  });

  it("an HTML page declaring windows-1252 is decoded by its declaration", async () => {
    const html = `<!DOCTYPE html><html><head><meta charset="windows-1252"><title>Probation \x96 report</title></head><body><article><h1>Probation service \x91requires improvement\x92</h1><p>${RELEASE.split("\n\n")[2]}</p><p>It costs \xa34m.</p></article></body></html>`;
    const { doc, encoding, record } = await extract(latin1(html), { path: "x.html" });
    expect(encoding).toBe("windows-1252");
    expect(record.source.format).toBe("html");
    expect(doc.text).toContain("\u2018requires improvement\u2019");
    expect(doc.text).toContain("\u00a34m");
    expect(doc.text).not.toMatch(MOJIBAKE);
  });

  it("UTF-8 with a byte-order mark loses the mark", async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(RELEASE)]);
    const { doc } = await extract(bytes, { path: "x.txt" });
    expect(doc.text.startsWith("\ufeff")).toBe(false);
    expect(doc.text.startsWith("Probation service in Eastbridge")).toBe(true);
  });
});
