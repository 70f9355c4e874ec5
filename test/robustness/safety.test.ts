/**
 * The tool never runs a page's scripts and never touches the network: HTML is
 * parsed, not rendered.
 */
import { existsSync } from "node:fs";
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { extract } from "../../src/extract.js";
import { cli, tempDir, RELEASE } from "./harness.js";

function hostilePage(marker: string): string {
  const write = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran')`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Probation service rated Good</title>
<script>${write}</script>
<script type="module">import fs from "node:fs"; fs.writeFileSync(${JSON.stringify(marker)}, "ran");</script>
<link rel="stylesheet" href="https://cdn.example.invalid/site.css">
<meta http-equiv="refresh" content="0; url=https://example.invalid/">
<base href="https://example.invalid/">
</head><body onload="${write.replace(/'/g, "&#39;")}">
<img src="https://tracker.example.invalid/pixel.gif" onerror="${write.replace(/'/g, "&#39;")}">
<iframe src="https://example.invalid/frame"></iframe>
<article><h1>Probation service rated Good</h1>
${RELEASE.split("\n\n").slice(1).map((p) => `<p>${p}</p>`).join("\n")}
<p><a href="javascript:${write.replace(/'/g, "&#39;")}">Read the report</a></p>
<object data="https://example.invalid/x.swf"></object>
</article></body></html>`;
}

describe("safety", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("never executes scripts in HTML (a script that would write a file does not)", async () => {
    const dir = tempDir();
    const marker = join(dir, "script-ran.txt");
    const { doc, record } = await extract(new TextEncoder().encode(hostilePage(marker)), { path: "page.html" });
    expect(record.source.format).toBe("html");
    expect(existsSync(marker)).toBe(false);
    expect(doc.text).not.toContain("writeFileSync");
    expect(doc.text).toContain("Eastbridge");
  });

  it("never touches the network, through the library or the CLI", async () => {
    const calls: string[] = [];
    const trap = (name: string) => () => {
      calls.push(name);
      throw new Error(`network access: ${name}`);
    };
    vi.spyOn(net.Socket.prototype, "connect").mockImplementation(trap("net.Socket.connect"));
    vi.spyOn(net, "connect").mockImplementation(trap("net.connect"));
    vi.spyOn(net, "createConnection").mockImplementation(trap("net.createConnection"));
    vi.spyOn(dns, "lookup").mockImplementation(trap("dns.lookup"));
    vi.spyOn(dns.promises, "lookup").mockImplementation(trap("dns.promises.lookup"));
    vi.spyOn(http, "request").mockImplementation(trap("http.request"));
    vi.spyOn(http, "get").mockImplementation(trap("http.get"));
    vi.spyOn(https, "request").mockImplementation(trap("https.request"));
    vi.spyOn(https, "get").mockImplementation(trap("https.get"));
    vi.spyOn(globalThis, "fetch").mockImplementation(trap("fetch"));

    const dir = tempDir();
    const marker = join(dir, "script-ran.txt");
    await extract(new TextEncoder().encode(hostilePage(marker)), { path: "page.html" });
    const file = join(dir, "page.html");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(file, hostilePage(marker));
    const r = await cli([file], dir);
    expect(r.code).toBe(0);
    expect(calls).toEqual([]);
    expect(existsSync(marker)).toBe(false);
  });
});
