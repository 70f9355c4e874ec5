/**
 * Bytes -> text. Never decodes blindly as UTF-8: a byte-order mark wins, then
 * an HTML page's declared charset, then strict UTF-8, then detection
 * (chardet) with a legacy decoder (iconv-lite). Binary files are refused with
 * a clear reason.
 */
import { InputError } from "./errors.js";

/** A Buffer over the same memory (Buffer.from(Uint8Array) copies byte by byte). */
function view(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export type Format = "text" | "html";

export interface Decoded {
  text: string;
  encoding: string;
  format: Format;
}

const MAGIC: [string, number[]][] = [
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["a GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["a ZIP archive (or a Word/OpenDocument file)", [0x50, 0x4b, 0x03, 0x04]],
  ["a gzip archive", [0x1f, 0x8b]],
  ["an old Word/Excel file", [0xd0, 0xcf, 0x11, 0xe0]],
  ["a WebP/RIFF file", [0x52, 0x49, 0x46, 0x46]],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.length <= bytes.length && sig.every((b, i) => bytes[i] === b);
}

function refuseBinary(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new InputError("empty file: nothing to extract", "empty");
  const head = view(bytes.subarray(0, 1024)).toString("latin1");
  if (/^\s*%PDF-/.test(head)) {
    throw new InputError(
      "this is a PDF, not a text or HTML document: convert it to text first (for example `pdftotext -layout file.pdf`)",
      "pdf",
    );
  }
  for (const [what, sig] of MAGIC) {
    if (startsWith(bytes, sig)) throw new InputError(`not a text or HTML document (looks like ${what})`, "binary");
  }
}

/** A control character no text document contains (the ones `controlShare` counts). */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd]/;

/** The bytes of the control characters `controlShare` counts, below 0x80. */
const CONTROL_BYTES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 0x7f];
const REPLACEMENT_UTF8 = Buffer.from([0xef, 0xbf, 0xbd]);

/**
 * Whether valid UTF-8 bytes may encode a character `controlShare` counts: a
 * control byte, C2 80-9F (U+0080-009F) or EF BF BD (U+FFFD). Byte searches
 * are far cheaper than scanning the decoded text.
 */
function mayEncodeControls(bytes: Uint8Array): boolean {
  const b = view(bytes.subarray(0, 4 * 65536)); // all that can decode into controlShare's sample
  for (const c of CONTROL_BYTES) if (b.includes(c)) return true;
  for (let i = b.indexOf(0xc2); i >= 0; i = b.indexOf(0xc2, i + 1)) {
    const next = b[i + 1]!;
    if (next >= 0x80 && next <= 0x9f) return true;
  }
  return b.includes(REPLACEMENT_UTF8);
}

/** Share of bytes that are control characters no text document contains. */
function controlShare(text: string): number {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  // one native scan answers for the usual document, which holds none
  if (!CONTROL.test(sample)) return 0;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) bad++;
  }
  return sample.length ? bad / sample.length : 0;
}

/** The tags of common HTML elements (looksLikeHtml counts them). */
const HTML_TAG = /<\/?(?:p|div|span|a|h[1-6]|li|ul|ol|br|body|head|meta|article|section|table|tr|td|script)\b[^<>]{0,500}>/gi;

/** Looks like HTML from the content itself (the extension is only a hint). */
export function looksLikeHtml(text: string, hint?: Format): boolean {
  // every test below needs a "<" in the first 20,000 characters: most plain texts have none
  const lt = text.indexOf("<");
  if (lt < 0 || lt >= 20000) return false;
  const head = text.slice(0, 4096).trimStart();
  if (/^<!doctype html/i.test(head) || /^<html[\s>]/i.test(head)) return true;
  // the tags are counted only as far as the answer needs (one with an .html hint, else three)
  const needed = hint === "html" ? 1 : 3;
  const sample = text.slice(0, 20000);
  HTML_TAG.lastIndex = 0;
  let count = 0;
  while (count < needed && HTML_TAG.exec(sample)) count++;
  return count >= needed;
}

function declaredCharset(bytes: Uint8Array): string | null {
  // both declarations open with "<": a plain-text file has none to read
  if (!bytes.subarray(0, 4096).includes(0x3c)) return null;
  const head = view(bytes.subarray(0, 4096)).toString("latin1");
  const m =
    /<meta[^>]{0,200}?charset\s*=\s*(?:["']\s*)?([\w:.-]{1,40})/i.exec(head) ??
    /<\?xml[^>]{0,100}?encoding\s*=\s*["']([\w.-]{1,40})/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

let iconvModule: typeof import("iconv-lite") | undefined;
async function iconv(): Promise<typeof import("iconv-lite")> {
  iconvModule ??= (await import("iconv-lite")).default;
  return iconvModule;
}

async function legacyDecode(bytes: Uint8Array, encoding: string): Promise<string> {
  const lite = await iconv();
  let enc = encoding.toLowerCase();
  // Browsers treat ISO-8859-1 and ASCII labels as Windows-1252; so do we.
  if (/^(?:iso-?8859-1|latin-?1|us-ascii|ascii)$/.test(enc)) enc = "windows-1252";
  // An unknown label (a typo, "x-user-defined") reads as Windows-1252, as browsers do.
  if (!lite.encodingExists(enc)) enc = "windows-1252";
  return lite.decode(view(bytes), enc);
}

/** "utf-16le" / "utf-16be" for BOM-less UTF-16 text (mostly ASCII), else null. */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  // no NUL byte at all (a quick search): not UTF-16
  if (!bytes.subarray(0, n).includes(0)) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) return "utf-16le";
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) return "utf-16be";
  return null;
}

/** Decoders are reusable (no streaming here): made once, not per document. */
const UTF8_STRICT = new TextDecoder("utf-8", { fatal: true });
const UTF8_LENIENT = new TextDecoder("utf-8", { fatal: false });
const UTF16LE = new TextDecoder("utf-16le");
const UTF16BE = new TextDecoder("utf-16be");

/** Valid UTF-8 that holds at least one multi-byte character. */
function hasValidMultibyteUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    UTF8_STRICT.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export async function decode(bytes: Uint8Array, hint?: Format): Promise<Decoded> {
  refuseBinary(bytes);
  let text: string | null = null;
  let encoding = "utf-8";
  /** text is exactly the bytes read as (valid) UTF-8 */
  let exactUtf8 = false;

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    text = UTF8_LENIENT.decode(bytes.subarray(3));
    encoding = "utf-8";
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    text = UTF16LE.decode(bytes.subarray(2));
    encoding = "utf-16le";
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    text = UTF16BE.decode(bytes.subarray(2));
    encoding = "utf-16be";
  }

  if (text === null) {
    // UTF-16 without a byte-order mark: ASCII text has a NUL in every other byte.
    const bom16 = utf16WithoutBom(bytes);
    if (bom16) {
      text = (bom16 === "utf-16le" ? UTF16LE : UTF16BE).decode(bytes);
      encoding = bom16;
    }
  }

  if (text === null) {
    // A NUL byte outside a UTF-16 file means binary.
    const probe = bytes.subarray(0, 65536);
    if (probe.includes(0)) throw new InputError("not a text or HTML document (contains NUL bytes: binary data?)", "binary");
    const declared = declaredCharset(bytes);
    if (declared && !/^utf-?8$/.test(declared)) {
      if (/^utf-?16/.test(declared)) {
        // A UTF-16 declaration in bytes we could read as ASCII is a lie; fall through.
      } else if (hasValidMultibyteUtf8(bytes)) {
        // Declared a legacy charset but written in UTF-8 (a common mislabel):
        // decoding as declared would give mojibake ("â€™").
        text = UTF8_LENIENT.decode(bytes);
        encoding = "utf-8";
      } else {
        text = await legacyDecode(bytes, declared);
        encoding = declared;
      }
    }
    if (text === null) {
      try {
        text = UTF8_STRICT.decode(bytes);
        encoding = "utf-8";
        exactUtf8 = true;
      } catch {
        // Not UTF-8: an English page in a legacy 8-bit encoding is almost
        // always Windows-1252 (a superset of ISO-8859-1 with curly quotes);
        // take a detector's other guess only for a multi-byte Asian encoding.
        // chardet is CommonJS: its functions are on the namespace under Node, on `default` in a bundle chunk.
        const chardet = (await import("chardet")) as typeof import("chardet") & { default?: typeof import("chardet") };
        const guess = (chardet.detect ?? chardet.default!.detect)(view(bytes.subarray(0, 65536)));
        const enc = guess && /^(?:shift_jis|euc-jp|euc-kr|big5|gb18030|gb2312|iso-2022-\w+)$/i.test(guess) ? guess : "windows-1252";
        text = await legacyDecode(bytes, enc);
        encoding = enc.toLowerCase();
      }
    }
  }

  if ((!exactUtf8 || mayEncodeControls(bytes)) && controlShare(text) > 0.05) throw new InputError("not a text or HTML document (binary data)", "binary");
  if (text.trim() === "") throw new InputError("empty document: nothing but white space", "empty");
  const format: Format = looksLikeHtml(text, hint) ? "html" : "text";
  return { text, encoding, format };
}
