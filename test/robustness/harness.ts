/** Shared bits for the robustness tests: an in-process CLI run, temp folders, byte builders. */
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Readable, Writable } from "node:stream";
import type { Io } from "../../src/cli/io.js";
import { run } from "../../src/cli/program.js";

class Sink extends Writable {
  chunks: string[] = [];
  override _write(chunk: Buffer | string, _enc: BufferEncoding, cb: () => void): void {
    this.chunks.push(chunk.toString());
    cb();
  }
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stderr split into its non-empty lines */
  errLines: string[];
}

/** Run the CLI in-process (src/cli/program.ts), as the bin would. */
export async function cli(argv: string[], cwd: string, stdin: Buffer = Buffer.alloc(0)): Promise<CliResult> {
  const stdout = new Sink();
  const stderr = new Sink();
  const io: Io = { stdin: Readable.from(stdin.length ? [stdin] : []), stdout, stderr, env: {}, cwd };
  const code = await run(argv, io);
  const err = stderr.chunks.join("");
  return { code, stdout: stdout.chunks.join(""), stderr: err, errLines: err.split("\n").filter((l) => l.trim() !== "") };
}

export function tempDir(files: Record<string, string | Uint8Array> = {}): string {
  const root = mkdtempSync(join(tmpdir(), "inspect-extract-robust-"));
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), content);
  }
  return root;
}

/** Deterministic pseudo-random bytes (mulberry32), so a failure can be replayed. */
export function randomBytes(length: number, seed: number, { noNul = false } = {}): Uint8Array {
  let a = seed >>> 0;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    let b = ((t ^ (t >>> 14)) >>> 0) & 0xff;
    if (noNul && b === 0) b = 1;
    out[i] = b;
  }
  return out;
}

/** A short press release, written for these tests, in the style of real ones. */
export const RELEASE = `Probation service in Eastbridge rated 'Requires improvement'

Published 14 June 2021

HM Inspectorate of Probation has rated the Eastbridge Probation Delivery Unit 'Requires improvement' after an inspection in March 2021.

Chief Inspector of Probation Justin Russell said: "Staff are committed, but too many people on probation do not get the help they need."

Inspectors found that 38 per cent of cases had a sufficient plan to keep other people safe.
`;

export const elapsed = (t0: number): number => performance.now() - t0;
