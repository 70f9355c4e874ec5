import { describe, expect, it } from "vitest";
import { symlink } from "node:fs/promises";
import { join } from "node:path";

import { handOut } from "../../src/batch/run.js";
import { recordSchema } from "../../src/schema/record.js";
import { controlsIn, DOC_A, DOC_B, DOC_C, escapesIn, isSgr, runCli, tempTree } from "./fake-io.js";

const paths = (ndjson: string) => ndjson.trim().split("\n").map((l) => JSON.parse(l).source.path);

describe("inspect-extract (convert)", () => {
  it("prints one indented, valid record for one input", async () => {
    const cwd = await tempTree({ "a.txt": DOC_A });
    const r = await runCli(["a.txt"], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout.startsWith("{\n  ")).toBe(true);
    const record = recordSchema.parse(JSON.parse(r.stdout));
    expect(record.source.path).toBe("a.txt");
    expect(record.source.format).toBe("text");
  });

  it("prints NDJSON in input order for several inputs, files and folders mixed", async () => {
    const cwd = await tempTree({ "z.txt": DOC_A, "docs/b.html": DOC_B, "docs/a/c.txt": DOC_C, "docs/skip.json": "{}", "docs/.hidden.txt": DOC_A });
    const r = await runCli(["z.txt", "docs"], { cwd });
    expect(r.code).toBe(0);
    expect(paths(r.stdout)).toEqual(["z.txt", "docs/a/c.txt", "docs/b.html"]);
    for (const line of r.stdout.trim().split("\n")) expect(recordSchema.safeParse(JSON.parse(line)).success).toBe(true);
  });

  it("--ext changes the extensions read from folders", async () => {
    const cwd = await tempTree({ "docs/a.txt": DOC_A, "docs/b.html": DOC_B, "docs/c.md": DOC_C });
    const r = await runCli(["docs", "--ext", "md,HTML"], { cwd });
    expect(paths(r.stdout)).toEqual(["docs/b.html", "docs/c.md"]);
  });

  it("expands quoted glob patterns itself", async () => {
    const cwd = await tempTree({ "docs/2022/a.txt": DOC_A, "docs/2023/b.txt": DOC_C, "docs/2023/c.html": DOC_B });
    await symlink(join(cwd, "docs"), join(cwd, "docs/2023/loop"));
    const r = await runCli(["docs/**/*.txt"], { cwd });
    expect(r.code).toBe(0);
    expect(paths(r.stdout)).toEqual(["docs/2022/a.txt", "docs/2023/b.txt"]);
    const none = await runCli(["nothing/**/*.txt"], { cwd });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("inspect-extract: nothing/**/*.txt: no files match this pattern");
  });

  it("reads standard input for -", async () => {
    const cwd = await tempTree({});
    const r = await runCli(["-"], { cwd, stdin: DOC_C });
    expect(r.code).toBe(0);
    const record = JSON.parse(r.stdout);
    expect(record.source.path).toBeNull();
    expect(record.source.bytes).toBe(Buffer.byteLength(DOC_C));
  });

  it("reports a missing file on stderr, prints the others, and exits 1", async () => {
    const cwd = await tempTree({ "a.txt": DOC_A, "c.txt": DOC_C });
    const r = await runCli(["a.txt", "missing.txt", "c.txt"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("inspect-extract: missing.txt: no such file or folder\n");
    expect(paths(r.stdout)).toEqual(["a.txt", "c.txt"]);
  });

  it("reports unreadable inputs (binary, empty, too large) without a stack trace", async () => {
    const cwd = await tempTree({ "a.txt": DOC_A, "img.txt": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), "empty.txt": "" });
    const r = await runCli(["img.txt", "empty.txt", "a.txt", "--max-bytes", "100000"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^inspect-extract: img\.txt: not a text or HTML document/m);
    expect(r.stderr).toMatch(/^inspect-extract: empty\.txt: empty/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const small = await runCli(["a.txt", "--max-bytes", "10"], { cwd });
    expect(small.code).toBe(1);
    expect(small.stderr).toMatch(/a\.txt: too large: \d+ bytes is over the --max-bytes limit of 10/);
  });

  it("reports a symbolic link loop in a folder instead of following it", async () => {
    const cwd = await tempTree({ "docs/sub/a.txt": DOC_A });
    await symlink(join(cwd, "docs"), join(cwd, "docs/sub/back"));
    const r = await runCli(["docs"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("inspect-extract: docs/sub/back: symbolic link loop");
    expect(JSON.parse(r.stdout.split("\n")[0]!).source.path).toBe("docs/sub/a.txt");
  });

  it("converts a file named twice only once", async () => {
    const cwd = await tempTree({ "docs/a.txt": DOC_A, "docs/b.txt": DOC_C });
    const r = await runCli(["docs/a.txt", "docs"], { cwd });
    expect(paths(r.stdout)).toEqual(["docs/a.txt", "docs/b.txt"]);
  });

  it("converts a file and a link to it only once", async () => {
    const cwd = await tempTree({ "docs/a.txt": DOC_A, "docs/b.txt": DOC_C });
    await symlink(join(cwd, "docs/a.txt"), join(cwd, "docs/link.txt"));
    const r = await runCli(["docs"], { cwd });
    expect(r.code).toBe(0);
    expect(paths(r.stdout)).toEqual(["docs/a.txt", "docs/b.txt"]);
  });

  it("lets go of each input once handed to the batch (a long batch holds only those still to do)", () => {
    const list: (string | undefined)[] = ["a", "b", "c"];
    const seen: string[] = [];
    for (const x of handOut(list)) {
      seen.push(x);
      expect(list.slice(0, seen.length).every((slot) => slot === undefined)).toBe(true);
    }
    expect(seen).toEqual(["a", "b", "c"]);
  });

  it("--format json streams one JSON array, even for one input", async () => {
    const cwd = await tempTree({ "a.txt": DOC_A, "b.html": DOC_B });
    const two = await runCli(["a.txt", "b.html", "--format", "json"], { cwd });
    expect(two.code).toBe(0);
    const arr = JSON.parse(two.stdout);
    expect(arr.map((r: { source: { path: string } }) => r.source.path)).toEqual(["a.txt", "b.html"]);
    const one = await runCli(["a.txt", "-f", "json"], { cwd });
    expect(JSON.parse(one.stdout)).toHaveLength(1);
  });

  it("--format ndjson for one input is one compact line", async () => {
    const cwd = await tempTree({ "a.txt": DOC_A });
    const r = await runCli(["a.txt", "--format", "ndjson"], { cwd });
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(r.stdout).source.path).toBe("a.txt");
  });

  it("--format csv writes a header and one row per record", async () => {
    const cwd = await tempTree({ "a.txt": DOC_A, "b.html": DOC_B });
    const r = await runCli(["a.txt", "b.html", "--format", "csv"], { cwd });
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]!.startsWith("path,title,document_type,subject,provider,provider_type,")).toBe(true);
    expect(lines[0]).toContain("aspect_through_the_gate");
    expect(lines[0]!.endsWith("quotes,chief_inspector_quote,warnings")).toBe(true);
    expect(r.stdout).toMatch(/^a\.txt,/m);
    expect(r.stdout).toMatch(/^b\.html,/m);
  });

  it("--format table strips escape sequences from documents and colours only when asked", async () => {
    const hostile = `Probation \u001b]0;owned\u0007service in \u001b[2J\u001b[31mRedtown rated 'Inadequate'\u001b[0m\n\nHM Inspectorate of Probation rated the Redtown Probation Delivery Unit as 'Inadequate'.\u009b6n\n`;
    const cwd = await tempTree({ "evil.txt": hostile, "a.txt": DOC_A });
    const plain = await runCli(["evil.txt", "a.txt", "--format", "table"], { cwd, stdoutTTY: true, env: { NO_COLOR: "1" } });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain("evil.txt");
    expect(plain.stdout).toContain("Redtown");
    expect(controlsIn(plain.stdout)).toEqual([]);
    const forced = await runCli(["evil.txt", "--format", "table"], { cwd, env: { FORCE_COLOR: "1" } });
    // Colour codes only (SGR "ESC [ ... m"), nothing from the document.
    const escapes = escapesIn(forced.stdout);
    expect(escapes.length).toBeGreaterThan(0);
    for (const e of escapes) expect(isSgr(e), JSON.stringify(e)).toBe(true);
    expect(controlsIn(forced.stdout, { allowEsc: true })).toEqual([]);
    expect(forced.stdout).not.toContain("owned\u0007");
    const notTty = await runCli(["evil.txt", "--format", "table"], { cwd, stdoutTTY: false });
    expect(notTty.stdout).not.toContain("\u001b");
  });

  it("shows a progress bar on stderr only when stderr is a terminal and not --quiet", async () => {
    const cwd = await tempTree({ "a.txt": DOC_A, "c.txt": DOC_C });
    const tty = await runCli(["a.txt", "c.txt"], { cwd, stderrTTY: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain("documents");
    expect(tty.stdout.trim().split("\n")).toHaveLength(2);
    const quiet = await runCli(["a.txt", "c.txt", "--quiet"], { cwd, stderrTTY: true });
    expect(quiet.stderr).toBe("");
    const pipe = await runCli(["a.txt", "c.txt"], { cwd, stderrTTY: false });
    expect(pipe.stderr).toBe("");
  });

  it("stops at once when interrupted before starting: a closed JSON array and exit 130", async () => {
    const cwd = await tempTree({ "a.txt": DOC_A, "c.txt": DOC_C });
    const controller = new AbortController();
    controller.abort();
    const r = await runCli(["a.txt", "c.txt", "--format", "json"], { cwd, signal: controller.signal });
    expect(r.code).toBe(130);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr).toBe("inspect-extract: interrupted: 0 records printed, 0 failed\n");
  });

  it("exits 2 on usage errors", async () => {
    const cwd = await tempTree({ "a.txt": DOC_A });
    for (const argv of [[], ["--bogus", "a.txt"], ["a.txt", "--format", "xml"], ["a.txt", "--jobs", "0"], ["a.txt", "--force"], ["a.txt", "--out", "o", "--format", "csv"], ["-", "-"]]) {
      const r = await runCli(argv, { cwd });
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.length).toBeGreaterThan(0);
    }
  });

  it("prints --help with examples for every command, and --version", async () => {
    const cwd = await tempTree({});
    const main = await runCli(["--help"], { cwd });
    expect(main.code).toBe(0);
    expect(main.stdout).toContain("--format <format>");
    expect(main.stdout).toContain("Examples:");
    for (const cmd of ["validate", "schema", "eval"]) {
      const r = await runCli([cmd, "--help"], { cwd });
      expect(r.code, cmd).toBe(0);
      expect(r.stdout, cmd).toContain("Examples:");
    }
    const v = await runCli(["--version"], { cwd });
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("--evidence adds the evidence object", async () => {
    const cwd = await tempTree({ "a.txt": DOC_A });
    const r = await runCli(["a.txt", "--evidence"], { cwd });
    expect(JSON.parse(r.stdout).evidence).toBeTypeOf("object");
    const without = await runCli(["a.txt"], { cwd });
    expect(JSON.parse(without.stdout).evidence).toBeUndefined();
  });

  it("prints the JSON Schema with the schema command", async () => {
    const r = await runCli(["schema"], { cwd: await tempTree({}) });
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.type).toBe("object");
    expect(schema.properties.overallRating).toBeDefined();
    expect(schema.required).toContain("aspectRatings");
  });
});
