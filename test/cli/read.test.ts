import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { open } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";

import { readFileInput, readStreamInput } from "../../src/input/read.js";
import { tempTree } from "./fake-io.js";

describe("readFileInput / readStreamInput", () => {
  it("reads a file whole, byte for byte, with its format hint", async () => {
    const dir = await tempTree({ "a.html": "<p>x</p>".repeat(20000), "b.txt": "" });
    const raw = await readFileInput(join(dir, "a.html"));
    expect(raw.bytes.length).toBe(160000);
    expect(Buffer.from(raw.bytes).toString("utf8")).toBe("<p>x</p>".repeat(20000));
    expect(raw.hint).toBe("html");
    expect((await readFileInput(join(dir, "b.txt"))).bytes.length).toBe(0);
  });

  it("refuses files and streams over --max-bytes, and folders", async () => {
    const dir = await tempTree({ "a.txt": "x".repeat(5000), "d/b.txt": "y" });
    await expect(readFileInput(join(dir, "a.txt"), 4999)).rejects.toThrow("too large: 5000 bytes is over the --max-bytes limit of 4999");
    expect((await readFileInput(join(dir, "a.txt"), 5000)).bytes.length).toBe(5000);
    await expect(readFileInput(join(dir, "d"))).rejects.toThrow("is a directory");
    await expect(readFileInput(join(dir, "none.txt"))).rejects.toThrow("no such file");
    const chunks = Array.from({ length: 10 }, () => Buffer.alloc(1000, 0x41));
    await expect(readStreamInput(Readable.from(chunks), 9999)).rejects.toThrow(/too large/);
    expect((await readStreamInput(Readable.from(chunks), 10000)).bytes.length).toBe(10000);
  });

  it("reads a named pipe beyond its unknown size, with the limit", async () => {
    const dir = await tempTree({});
    const fifo = join(dir, "pipe.txt");
    execFileSync("mkfifo", [fifo]);
    const writer = (async () => {
      const h = await open(fifo, "w");
      await h.writeFile(Buffer.alloc(200_000, 0x61));
      await h.close();
    })();
    const raw = await readFileInput(fifo);
    await writer;
    expect(raw.bytes.length).toBe(200_000);
    expect(raw.path).toBe(fifo);
  });
});
