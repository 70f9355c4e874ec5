/**
 * Summarise a V8 .cpuprofile (from `node --cpu-prof`): self time by function,
 * self time by file, and time attributed to the deepest project frame
 * (dist/...) on the stack, so time spent inside cheerio, compromise or zod is
 * charged to the project function that called them.
 *
 *   node bench/profile-summary.mjs FILE.cpuprofile [TOP]
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const short = (url) => url.replace(/^file:\/\//, "").replace(/^.*?\/(node_modules\/|dist\/)/, "$1") || "(native)";

export function summarise(path, top = 20) {
  const prof = JSON.parse(readFileSync(path, "utf8"));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  for (let i = 0; i < prof.samples.length; i++) {
    const dt = (prof.timeDeltas[i] ?? 0) / 1000;
    self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + dt);
  }
  // Percentages are of busy time: idle (waiting on the file system or other processes) is left out.
  let total = 0;
  for (const [id, ms] of self) if (byId.get(id).callFrame.functionName !== "(idle)") total += ms;
  const fnSelf = new Map();
  const fileSelf = new Map();
  const ownerTime = new Map();
  const ownerCache = new Map();
  const ownerOf = (id) => {
    if (ownerCache.has(id)) return ownerCache.get(id);
    let cur = id;
    let found = "(outside project code)";
    while (cur !== undefined) {
      const cf = byId.get(cur).callFrame;
      if (/\/dist\//.test(cf.url) && !/node_modules/.test(cf.url)) {
        found = `${cf.functionName || "(anonymous)"} ${short(cf.url)}:${cf.lineNumber + 1}`;
        break;
      }
      cur = parent.get(cur);
    }
    ownerCache.set(id, found);
    return found;
  };
  for (const [id, ms] of self) {
    const cf = byId.get(id).callFrame;
    const fn = `${cf.functionName || "(anonymous)"} ${short(cf.url)}${cf.url ? ":" + (cf.lineNumber + 1) : ""}`;
    fnSelf.set(fn, (fnSelf.get(fn) ?? 0) + ms);
    const path = short(cf.url);
    const parts = path.split("/");
    const pkg = parts[0] === "node_modules" ? parts.slice(0, parts[1]?.startsWith("@") ? 3 : 2).join("/") : path;
    const file = cf.url ? pkg : `(${cf.functionName || "native"})`;
    fileSelf.set(file, (fileSelf.get(file) ?? 0) + ms);
    const owner = ownerOf(id);
    ownerTime.set(owner, (ownerTime.get(owner) ?? 0) + ms);
  }
  const fmt = (m) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `  ${v.toFixed(0).padStart(7)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`)
      .join("\n");
  return [
    `profile ${path}: ${total.toFixed(0)} ms busy (idle left out of the percentages)`,
    `self time by package/file:\n${fmt(fileSelf)}`,
    `self time by function:\n${fmt(fnSelf)}`,
    `time charged to the deepest project (dist/) frame:\n${fmt(ownerTime)}`,
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(summarise(process.argv[2], Number(process.argv[3] ?? 20)));
}
