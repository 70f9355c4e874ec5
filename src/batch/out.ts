/**
 * --out DIR: one record file per input, written atomically (a temporary file
 * in the same folder, then rename), never outside DIR, never over an input.
 * Temporary files are tracked so an interrupted run can remove them.
 */
import { randomBytes } from "node:crypto";
import { mkdir, open, realpath, rename, stat, unlink } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

import type { InspectionRecord } from "../schema/record.js";

export class OutDir {
  private readonly temps = new Set<string>();
  private readonly taken = new Set<string>();

  constructor(readonly root: string) {}

  /** The absolute target for a relative output path, made unique within this run, checked to be inside root. */
  target(rel: string, fallbackSuffix: string): string {
    let candidate = resolve(this.root, rel);
    if (this.taken.has(candidate)) {
      const base = candidate.replace(/\.json$/, "");
      candidate = `${base}${fallbackSuffix}.json`;
      for (let n = 2; this.taken.has(candidate); n++) candidate = `${base}${fallbackSuffix}-${n}.json`;
    }
    const inside = relative(this.root, candidate);
    if (inside === "" || inside.startsWith(".." + sep) || inside === ".." || isAbsolute(inside)) {
      throw new Error(`refusing to write outside the output folder: ${candidate}`);
    }
    this.taken.add(candidate);
    return candidate;
  }

  async exists(file: string): Promise<boolean> {
    try {
      await stat(file);
      return true;
    } catch {
      return false;
    }
  }

  /** True when writing `file` would replace the input `inputAbs` (same path, or a link to it). */
  async isInput(file: string, inputAbs: string | null): Promise<boolean> {
    if (inputAbs === null) return false;
    if (resolve(file) === resolve(inputAbs)) return true;
    try {
      return (await realpath(file)) === (await realpath(inputAbs));
    } catch {
      return false;
    }
  }

  async write(file: string, record: InspectionRecord): Promise<void> {
    await mkdir(dirname(file), { recursive: true });
    const temp = join(dirname(file), `.${randomBytes(6).toString("hex")}.${process.pid}.tmp`);
    this.temps.add(temp);
    try {
      const handle = await open(temp, "wx", 0o644);
      try {
        await handle.writeFile(JSON.stringify(record, null, 2) + "\n");
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, file);
      this.temps.delete(temp);
    } catch (err) {
      await this.remove(temp);
      throw err;
    }
  }

  private async remove(temp: string): Promise<void> {
    this.temps.delete(temp);
    try {
      await unlink(temp);
    } catch {
      // already gone
    }
  }

  /** Remove any temporary file still present (after an interruption or failure). */
  async cleanup(): Promise<void> {
    await Promise.all([...this.temps].map((t) => this.remove(t)));
  }
}
