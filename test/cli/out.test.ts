import { describe, expect, it } from "vitest";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";

import { recordSchema } from "../../src/schema/record.js";
import { DOC_A, DOC_B, DOC_C, runCli, tempTree } from "./fake-io.js";

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      if (e.isDirectory()) await walk(join(d, e.name));
      else out.push(relative(dir, join(d, e.name)));
    }
  };
  await walk(dir);
  return out.sort();
}

describe("--out DIR", () => {
  it("mirrors a nested input tree, one valid record per input, stdout empty, summary on stderr", async () => {
    const cwd = await tempTree({ "docs/a/b/x.txt": DOC_A, "docs/y.html": DOC_B, "docs/y.txt": DOC_C, "docs/notes.md": "ignored" });
    const r = await runCli(["docs", "--out", "records"], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^inspect-extract: 3 converted, 0 skipped, 0 failed in \d+\.\ds\n$/);
    expect(await listFiles(join(cwd, "records"))).toEqual(["docs/a/b/x.json", "docs/y.json", "docs/y.txt.json"]);
    const rec = recordSchema.parse(JSON.parse(await readFile(join(cwd, "records/docs/a/b/x.json"), "utf8")));
    expect(rec.source.path).toBe("docs/a/b/x.txt");
    const y = JSON.parse(await readFile(join(cwd, "records/docs/y.json"), "utf8"));
    expect(y.source.path).toBe("docs/y.html");
  });

  it("resumes: existing records are skipped unless --force", async () => {
    const cwd = await tempTree({ "docs/a.txt": DOC_A, "docs/sub/b.txt": DOC_C });
    expect((await runCli(["docs", "-o", "out"], { cwd })).code).toBe(0);
    await writeFile(join(cwd, "out/docs/a.json"), "sentinel");
    await rm(join(cwd, "out/docs/sub/b.json"));
    const again = await runCli(["docs", "-o", "out"], { cwd });
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/1 converted, 1 skipped, 0 failed/);
    expect(await readFile(join(cwd, "out/docs/a.json"), "utf8")).toBe("sentinel");
    expect(JSON.parse(await readFile(join(cwd, "out/docs/sub/b.json"), "utf8")).source.path).toBe("docs/sub/b.txt");
    const forced = await runCli(["docs", "-o", "out", "--force"], { cwd });
    expect(forced.stderr).toMatch(/2 converted, 0 skipped, 0 failed/);
    expect(JSON.parse(await readFile(join(cwd, "out/docs/a.json"), "utf8")).source.path).toBe("docs/a.txt");
    expect((await listFiles(join(cwd, "out"))).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("keeps records inside DIR for inputs outside the current folder (.. and absolute paths)", async () => {
    const root = await tempTree({ "work/keep.txt": DOC_A, "ext/deep/z.txt": DOC_C, "abs/q.txt": DOC_B });
    const cwd = join(root, "work");
    const r = await runCli(["../ext/deep/z.txt", "../ext", join(root, "abs/q.txt"), "keep.txt", "--out", "o"], { cwd });
    expect(r.code).toBe(0);
    expect(await listFiles(join(cwd, "o"))).toEqual(["keep.json", "q.json", "z.json"]);
    expect(await listFiles(root)).not.toContain("ext/deep/z.json");
  });

  it("never overwrites an input, and does not read its own output folder", async () => {
    const cwd = await tempTree({ "r.json": DOC_A, "docs/a.txt": DOC_A });
    const r = await runCli(["r.json", "--out", "."], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("inspect-extract: r.json: its record would overwrite an input");
    expect(await readFile(join(cwd, "r.json"), "utf8")).toBe(DOC_A);

    const first = await runCli(["docs", "--out", "docs/out", "--ext", "txt,json"], { cwd });
    expect(first.stderr).toMatch(/1 converted/);
    const second = await runCli(["docs", "--out", "docs/out", "--ext", "txt,json"], { cwd });
    expect(second.stderr).toMatch(/0 converted, 1 skipped, 0 failed/);
  });

  it("writes standard input to stdin.json and counts failures", async () => {
    const cwd = await tempTree({});
    const r = await runCli(["-", "missing.txt", "--out", "o"], { cwd, stdin: DOC_C });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("inspect-extract: missing.txt: no such file or folder");
    expect(r.stderr).toMatch(/1 converted, 0 skipped, 1 failed/);
    expect(JSON.parse(await readFile(join(cwd, "o/stdin.json"), "utf8")).source.path).toBeNull();
  });

  it("stops cleanly when interrupted: exit 130, only complete records, no temp files", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`docs/d${String(i).padStart(2, "0")}.txt`] = DOC_A + `\nItem ${i}.\n`;
    const cwd = await tempTree(files);
    await mkdir(join(cwd, "out"));
    const controller = new AbortController();
    const timer = setInterval(async () => {
      const done = await listFiles(join(cwd, "out")).catch(() => []);
      if (done.some((f) => f.endsWith(".json"))) controller.abort();
    }, 2);
    const r = await runCli(["docs", "--out", "out", "--jobs", "1"], { cwd, signal: controller.signal });
    clearInterval(timer);
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(/inspect-extract: interrupted: \d+ converted/);
    const written = await listFiles(join(cwd, "out"));
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(40);
    for (const f of written) {
      expect(f.endsWith(".json")).toBe(true);
      recordSchema.parse(JSON.parse(await readFile(join(cwd, "out", f), "utf8")));
    }
  });
});
