/** `inspect-extract eval`: extract every document that has a gold record and score it. */
import { readdir, readFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { extract } from "../extract.js";
import { formatHint } from "../input/read.js";
import { Scorer, type Report } from "./score.js";

export interface EvalOptions {
  goldDir: string;
  docsDir: string;
}

export async function runEval({ goldDir, docsDir }: EvalOptions): Promise<Report> {
  const golds = (await readdir(goldDir)).filter((f) => f.endsWith(".json")).sort();
  const docs = await readdir(docsDir);
  const byBase = new Map<string, string>();
  for (const d of docs) {
    const base = basename(d, extname(d));
    if (!byBase.has(base) || /\.(?:txt|html?)$/i.test(d)) byBase.set(base, d);
  }
  const scorer = new Scorer();
  for (const file of golds) {
    const base = basename(file, ".json");
    const gold = JSON.parse(await readFile(join(goldDir, file), "utf8")) as Record<string, unknown>;
    const doc = byBase.get(base);
    if (!doc) {
      scorer.score(file, gold, {}, "missing");
      continue;
    }
    try {
      const path = join(docsDir, doc);
      const { record } = await extract(await readFile(path), { path, format: formatHint(path) });
      scorer.score(file, gold, record as unknown as Record<string, unknown>);
    } catch (err) {
      scorer.score(file, gold, {}, `failed: ${(err as Error).message}`);
    }
  }
  return scorer.report();
}
