/** In-process test harness for `run(argv, io)`: fake streams, a temp folder, small documents. */
import { afterAll } from "vitest";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Readable, Writable } from "node:stream";

import type { Io } from "../../src/cli/io.js";
import { run } from "../../src/cli/program.js";

export class Sink extends Writable {
  chunks: string[] = [];
  isTTY?: boolean;
  constructor(isTTY?: boolean) {
    super();
    if (isTTY !== undefined) this.isTTY = isTTY;
  }
  override _write(chunk: Buffer | string, _enc: BufferEncoding, cb: () => void): void {
    this.chunks.push(chunk.toString());
    cb();
  }
  text(): string {
    return this.chunks.join("");
  }
}

export interface FakeRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(
  argv: string[],
  { cwd, stdin = "", env = {}, stdoutTTY, stderrTTY, signal }: { cwd: string; stdin?: string | Buffer; env?: NodeJS.ProcessEnv; stdoutTTY?: boolean; stderrTTY?: boolean; signal?: AbortSignal },
): Promise<FakeRun> {
  const stdout = new Sink(stdoutTTY);
  const stderr = new Sink(stderrTTY);
  const io: Io = {
    stdin: Readable.from(stdin.length ? [Buffer.from(stdin)] : []),
    stdout,
    stderr,
    env,
    cwd,
    ...(signal ? { signal } : {}),
  };
  const code = await run(argv, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const roots: string[] = [];
// Temp folders go when the test file is done.
afterAll(async () => {
  for (const root of roots.splice(0)) await rm(root, { recursive: true, force: true });
});

export async function tempTree(files: Record<string, string | Buffer>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "inspect-extract-cli-"));
  roots.push(root);
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, rel)), { recursive: true });
    await writeFile(join(root, rel), content);
  }
  return root;
}

/** Short documents written for these tests (in the style of real coverage, not copied from it). */
export const DOC_A = `Northshire probation service rated 'Good' by inspectors

Published 3 March 2023

HM Inspectorate of Probation has rated the Northshire Probation Delivery Unit (PDU) as 'Good' following an inspection in November 2022.

Chief Inspector of Probation Justin Russell said: "Staff in Northshire know the people they supervise well and leaders have a clear plan."

Inspectors made four recommendations.
`;

export const DOC_B = `<html><head><title>Eastmoor youth justice service requires improvement</title></head>
<body><article><h1>Eastmoor youth justice service requires improvement</h1>
<p>Inspectors have rated Eastmoor Youth Justice Service as 'Requires improvement' overall.</p>
<p>The service supervised around 120 children at the time of the inspection.</p>
</article></body></html>
`;

export const DOC_C = `Westvale probation region told to act on staffing

A report published today by HM Inspectorate of Probation rates the Westvale region 'Inadequate'.
Inspectors found caseloads of about 70 cases per officer.
`;

/** Escape sequences in printed text, each from ESC up to its `m` (or 20 characters). */
export function escapesIn(s: string): string[] {
  const out: string[] = [];
  for (let i = s.indexOf("\u001b"); i >= 0; i = s.indexOf("\u001b", i + 1)) {
    let j = i + 1;
    while (j < s.length && j - i < 20 && s[j] !== "m" && s[j] !== "\u001b") j++;
    out.push(s.slice(i, s[j] === "m" ? j + 1 : j));
  }
  return out;
}

/** A colour code: ESC [ digits and semicolons m. */
export function isSgr(e: string): boolean {
  return e.startsWith("\u001b[") && e.endsWith("m") && [...e.slice(2, -1)].every((c) => c === ";" || (c >= "0" && c <= "9"));
}

/** Control characters (C0 but newline, DEL, C1) and bidi overrides in text, ESC excluded when colour is allowed. */
export function controlsIn(s: string, { allowEsc = false } = {}): number[] {
  const bad: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c === 0x0a || (allowEsc && c === 0x1b)) continue;
    if (c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) bad.push(c);
  }
  return bad;
}
