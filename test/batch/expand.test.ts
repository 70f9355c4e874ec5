import { describe, expect, it } from "vitest";
import { symlink } from "node:fs/promises";
import { join } from "node:path";

import { expandInputs, outputRelPath } from "../../src/batch/expand.js";
import { tempTree } from "../cli/fake-io.js";

const EXT = [".txt", ".html"];

describe("expandInputs", () => {
  it("lists a folder's files in order, each with the path as shown, its absolute path and its base", async () => {
    const cwd = await tempTree({ "docs/b.txt": "b", "docs/a/c.html": "c", "docs/a/d.md": "d" });
    const { items, mayRepeat } = await expandInputs(["docs"], { cwd, extensions: EXT });
    expect(items.map((i) => i.path)).toEqual(["docs/a/c.html", "docs/b.txt"]);
    const first = items[0]!;
    expect(first.kind).toBe("file");
    if (first.kind !== "file") return;
    expect(first.abs).toBe(join(cwd, "docs/a/c.html"));
    expect(first.base).toBe(join(cwd, "docs"));
    expect(outputRelPath(first, cwd)).toBe("docs/a/c.json");
    // one folder, no links: no file can come twice, so no real path needs looking up
    expect(mayRepeat).toBe(false);
  });

  it("says a file may repeat when there are two inputs, a link in the folder, or a glob", async () => {
    const cwd = await tempTree({ "docs/a.txt": "a", "more/b.txt": "b" });
    expect((await expandInputs(["docs", "more"], { cwd, extensions: EXT })).mayRepeat).toBe(true);
    expect((await expandInputs(["docs/*.txt"], { cwd, extensions: EXT })).mayRepeat).toBe(true);
    await symlink(join(cwd, "docs/a.txt"), join(cwd, "more/link.txt"));
    const linked = await expandInputs(["more"], { cwd, extensions: EXT });
    expect(linked.mayRepeat).toBe(true);
    expect(linked.items.map((i) => i.path)).toEqual(["more/b.txt", "more/link.txt"]);
  });

  it("keeps a file named on the command line as given", async () => {
    const cwd = await tempTree({ "a.txt": "a" });
    const { items, mayRepeat } = await expandInputs(["a.txt"], { cwd, extensions: EXT });
    expect(items).toEqual([{ kind: "file", path: "a.txt", abs: join(cwd, "a.txt"), base: null }]);
    expect(mayRepeat).toBe(false);
  });
});
