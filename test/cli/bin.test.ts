/**
 * The real executable, spawned: needs the compiled JavaScript (`npm run build`,
 * which `npm test` runs first). This is where the worker-thread path runs.
 */
import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

import { recordSchema } from "../../src/schema/record.js";
import { DOC_A, DOC_B, DOC_C, tempTree } from "./fake-io.js";

/** The folder holding bin/ and dist/ (overridable to test a build made elsewhere). */
const ROOT = process.env.INSPECT_EXTRACT_BUILD_ROOT ?? resolve(import.meta.dirname, "../..");
const BIN = join(ROOT, "bin/inspect-extract.js");
const BUILT = existsSync(join(ROOT, "dist/batch/worker.js")) && existsSync(join(ROOT, "dist/cli/main.js"));

interface Spawned {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function spawnBin(args: string[], cwd: string, opts: { stdin?: string; onStart?: (kill: () => void) => void } = {}): Promise<Spawned> {
  return spawnNode([BIN, ...args], cwd, opts);
}

function spawnNode(args: string[], cwd: string, opts: { stdin?: string; onStart?: (kill: () => void) => void } = {}): Promise<Spawned> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code, signal) => resolvePromise({ code, signal, stdout, stderr }));
    child.stdin.end(opts.stdin ?? "");
    opts.onStart?.(() => child.kill("SIGINT"));
  });
}

function manyDocs(n: number): Record<string, string> {
  const docs = [DOC_A, DOC_B, DOC_C];
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const ext = i % 3 === 1 ? "html" : "txt";
    files[`docs/part${i % 2}/d${String(i).padStart(3, "0")}.${ext}`] = docs[i % 3]! + `\n<p>Note ${i}.</p>\n`;
  }
  return files;
}

describe.skipIf(!BUILT)("the built bin (worker threads)", { timeout: 180_000 }, () => {
  it("converts in worker threads with output in input order, same as in-process", async () => {
    const cwd = await tempTree(manyDocs(9));
    const workers = await spawnBin(["docs", "--jobs", "2", "--debug"], cwd);
    expect(workers.code).toBe(0);
    expect(workers.stderr).toContain("9 inputs, 2 worker threads");
    const single = await spawnBin(["docs", "--jobs", "1", "--debug"], cwd);
    expect(single.stderr).toContain("converted in-process");
    expect(workers.stdout).toBe(single.stdout);
    const records = workers.stdout.trim().split("\n").map((l) => recordSchema.parse(JSON.parse(l)));
    expect(records.map((r) => r.source.path)).toEqual([...records.map((r) => r.source.path!)].sort());
    expect(records).toHaveLength(9);
  });

  it("reports a missing file among good ones and exits 1; usage errors exit 2 without a stack", async () => {
    const cwd = await tempTree(manyDocs(5));
    const r = await spawnBin(["docs", "nope.txt", "--jobs", "2", "--format", "csv"], cwd);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("inspect-extract: nope.txt: no such file or folder\n");
    expect(r.stdout.trim().split("\n")).toHaveLength(6);
    const u = await spawnBin(["--bogus"], cwd);
    expect(u.code).toBe(2);
    expect(u.stderr).not.toMatch(/\n\s+at /);
  });

  it("decodes Windows-1252 and UTF-16 files through the bundle's lazily loaded decoders", async () => {
    // iconv-lite and chardet sit in chunks of their own, imported only for such files.
    const text = "Westshire probation service \u201crated good\u201d by HM Inspectorate of Probation \u2013 \u00a32 million saved.\n";
    const cp1252 = Buffer.from(text.replace("\u201c", "\x93").replace("\u201d", "\x94").replace("\u2013", "\x96"), "latin1");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const cwd = await tempTree({ "w.txt": cp1252, "u.txt": utf16 });
    for (const name of ["w.txt", "u.txt"]) {
      const r = await spawnBin([name], cwd);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).title).toBe(text.trim());
    }
  });

  it("loads its bundles with their code caches: the flags the bin sets match the training run's", async () => {
    const probe = `
      import vm from "node:vm";
      import { readFileSync } from "node:fs";
      const { setV8Flags } = await import(${JSON.stringify(join(ROOT, "dist/boot/v8-flags.js"))});
      const { cachePath, sourceText, wrapCommonJs } = await import(${JSON.stringify(join(ROOT, "dist/boot/code-cache.js"))});
      setV8Flags();
      const out = [];
      for (const name of ["cli.cjs", "worker.cjs"]) {
        const file = ${JSON.stringify(join(ROOT, "dist/bundle"))} + "/" + name;
        const bytes = readFileSync(file);
        const script = new vm.Script(wrapCommonJs(sourceText(bytes)), { filename: file, cachedData: readFileSync(cachePath(file, bytes)) });
        out.push(name + " " + (script.cachedDataRejected ? "rejected" : "accepted"));
      }
      console.log(out.join(", "));
    `;
    const r = await spawnNode(["--input-type=module", "-e", probe], ROOT);
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).toBe("cli.cjs accepted, worker.cjs accepted");
  });

  it("starts as CommonJS: a cold run never loads what Node needs to run an ES module", async () => {
    const cwd = await tempTree({ "a.txt": DOC_A });
    // printed at exit by a preloaded script: the built-in modules the run loaded
    const probe = join(cwd, "probe.cjs");
    await writeFile(probe, `process.on("exit", () => process.stderr.write(process.moduleLoadList.join("\\n")));`);
    const r = await spawnNode(["--require", probe, BIN, "a.txt"], cwd);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).source.path).toBe("a.txt");
    expect(r.stderr).toContain("NativeModule vm");
    // what running an ES module entry loads (resolving, translating and linking its imports)
    for (const esEntry of ["internal/modules/esm/module_job", "internal/modules/esm/translators", "internal/modules/esm/resolve"]) {
      expect(r.stderr).not.toContain(esEntry);
    }
  });

  it("reads standard input and validates its own output", async () => {
    const cwd = await tempTree({});
    const r = await spawnBin(["-"], cwd, { stdin: DOC_A });
    expect(r.code).toBe(0);
    const v = await spawnBin(["validate", "-"], cwd, { stdin: r.stdout });
    expect(v.code).toBe(0);
    expect(v.stderr).toContain("1 record checked, 0 invalid");
  });

  it("on SIGINT with --out: exits 130, leaves only complete records and no temp files", async () => {
    const cwd = await tempTree(manyDocs(60));
    const out = join(cwd, "out");
    const r = await spawnBin(["docs", "--out", "out", "--jobs", "2"], cwd, {
      onStart: (kill) => {
        let sent = false;
        const timer = setInterval(async () => {
          const found = await listAll(out).catch(() => []);
          // ticks overlap (the listing is async): send one Ctrl-C only
          if (!sent && found.some((f) => f.endsWith(".json"))) {
            sent = true;
            clearInterval(timer);
            kill();
          }
        }, 5);
      },
    });
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(/interrupted: \d+ converted/);
    const files = await listAll(out);
    expect(files.length).toBeGreaterThan(0);
    expect(files.length).toBeLessThan(60);
    for (const f of files) {
      expect(f.endsWith(".json"), f).toBe(true);
      recordSchema.parse(JSON.parse(await readFile(f, "utf8")));
    }
  });

  it("a worker thread that dies on one document of a group fails that document only", async () => {
    // Eight documents go to a worker in one message; the fourth exhausts a
    // deliberately tiny heap, which kills the worker and fails its whole
    // group. Each document of the group is then asked for again alone.
    const script = `
      const { createRunner } = await import(${JSON.stringify(pathToFileURL(join(ROOT, "dist/batch/pool.js")).href)});
      const small = "HM Inspectorate of Probation said the service was rated Good.\\n";
      const big = ("Inspectors found staff in the north were rated Good for leadership and planning work. " + "x".repeat(30) + "\\n").repeat(100000);
      const tasks = Array.from({ length: 10 }, (_, i) => ({ path: "d" + i + ".txt", bytes: new TextEncoder().encode(i === 3 ? big : small), maxBytes: 50e6, evidence: false }));
      const runner = await createRunner(2, tasks.length, { maxOldGenerationSizeMb: 24, maxYoungGenerationSizeMb: 4 });
      const results = await Promise.all(tasks.map((t) => runner.run(t).then((r) => (r.ok ? JSON.parse(r.json).source.path : r.kind), (e) => "died: " + e.message)));
      await runner.close();
      console.log(JSON.stringify(results));
    `;
    const r = await spawnNode(["--input-type=module", "-e", script], ROOT);
    expect(r.code).toBe(0);
    const results = JSON.parse(r.stdout) as string[];
    expect(results.filter((x, i) => i !== 3)).toEqual(["d0.txt", "d1.txt", "d2.txt", "d4.txt", "d5.txt", "d6.txt", "d7.txt", "d8.txt", "d9.txt"]);
    expect(results[3]).toMatch(/^died: .*memory/);
  });
});

async function listAll(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.push(join(e.parentPath, e.name));
  }
  return out;
}
