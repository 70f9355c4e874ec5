import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { decode } from "../../src/input/decode.js";

const story = "Chief Inspector said: “The service’s work costs £2m – and it shows.”";

function utf16(text: string, le: boolean, bom: boolean): Uint8Array {
  const body = Buffer.from(text, "utf16le");
  if (!le) body.swap16();
  return new Uint8Array(bom ? Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]) : body);
}

describe("decode: encodings", () => {
  it("reads UTF-8 with and without a byte-order mark", async () => {
    const plain = new TextEncoder().encode(story);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect((await decode(plain)).text).toBe(story);
    const d = await decode(withBom);
    expect(d.text).toBe(story);
    expect(d.encoding).toBe("utf-8");
  });

  it("reads UTF-16 little- and big-endian with a byte-order mark", async () => {
    const le = await decode(utf16(story, true, true));
    expect(le.text).toBe(story);
    expect(le.encoding).toBe("utf-16le");
    const be = await decode(utf16(story, false, true));
    expect(be.text).toBe(story);
    expect(be.encoding).toBe("utf-16be");
  });

  it("reads UTF-16 without a byte-order mark instead of calling it binary", async () => {
    const text = "Probation service rated Good by inspectors.\nThe report is out today.";
    const d = await decode(utf16(text, true, false));
    expect(d.text).toBe(text);
  });

  it("reads a Windows-1252 page declared as ISO-8859-1 without mojibake", async () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>${story}</p><p>More</p><div>x</div></body></html>`;
    const d = await decode(new Uint8Array(iconv.encode(html, "windows-1252")));
    expect(d.format).toBe("html");
    expect(d.text).toContain("“The service’s work costs £2m – and it shows.”");
  });

  it("detects Windows-1252 plain text with no declaration", async () => {
    const d = await decode(new Uint8Array(iconv.encode(story, "windows-1252")));
    expect(d.text).toBe(story);
  });

  it("prefers UTF-8 when a page declares a legacy charset but is written in UTF-8", async () => {
    const html = `<html><head><meta charset="windows-1252"></head><body><p>${story}</p><p>a</p><div>b</div></body></html>`;
    const d = await decode(new TextEncoder().encode(html));
    expect(d.text).toContain("service’s");
    expect(d.text).not.toContain("â€");
  });

  it("reads an unknown charset label as Windows-1252", async () => {
    const html = `<html><head><meta charset="x-made-up"></head><body><p>Costs \u00a3 5</p><p>a</p><div>b</div></body></html>`;
    const d = await decode(new Uint8Array(iconv.encode(html, "windows-1252")));
    expect(d.text).toContain("Costs £ 5");
  });

  it("refuses binary data", async () => {
    await expect(decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]))).rejects.toThrow(/PNG/);
    await expect(decode(new Uint8Array([0x41, 0, 0x42, 0x43, 0x44, 0x45, 0, 0, 0, 7, 8, 9, 200, 0]))).rejects.toThrow();
  });
});
