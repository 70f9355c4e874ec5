/**
 * Field-by-field comparison of records with hand-made gold records, following
 * the contract's "Comparing a record with a gold record" (and agreeing with
 * the reference scorer on the seed set).
 */

type Json = Record<string, unknown>;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface FieldScore extends Counts {
  field: string;
  p: number;
  r: number;
  f1: number;
}

export interface DocScore extends Counts {
  file: string;
  status: string;
  p: number;
  r: number;
  f1: number;
}

export interface Report {
  overall: Counts & { p: number; r: number; f1: number };
  fields: FieldScore[];
  docs: DocScore[];
}

export const fold = (s: unknown): string =>
  String(s)
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/&/g, " and ")
    .replace(/[‐‑‒–—―]/g, "-")
    .replace(/\s*-\s*/g, "-")
    .replace(/\s+/g, " ")
    .replace(/[.,;:]+$/, "")
    .trim();
const foldAspect = (s: unknown) => fold(s).replace(/-/g, " ").replace(/\s+/g, " ");
const words = (s: unknown) =>
  new Set(
    String(s)
      .toLowerCase()
      .normalize("NFKC")
      .replace(/[‘’']/g, "")
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
export const jaccard = (a: unknown, b: unknown): number => {
  const A = words(a),
    B = words(b);
  let i = 0;
  for (const w of A) if (B.has(w)) i++;
  const u = A.size + B.size - i;
  return u ? i / u : 1;
};
const get = (o: unknown, path: string): unknown =>
  path.split(".").reduce<unknown>((v, k) => (v == null ? null : (v as Json)[k]), o);
const isNull = (v: unknown) => v === null || v === undefined || (Array.isArray(v) && v.length === 0);

export function f1(tp: number, fp: number, fn: number) {
  const p = tp + fp ? tp / (tp + fp) : 1,
    r = tp + fn ? tp / (tp + fn) : 1;
  return { tp, fp, fn, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const SCALARS = [
  "documentType", "subject", "overallRating", "previousOverallRating", "aspectsInspected",
  "caseload.peopleSupervised", "caseload.peopleSupervisedQualifier", "caseload.peopleSupervisedAsOf",
  "caseload.averageCasesPerStaff", "staffSicknessDays", "recommendations",
  "dates.published", "dates.inspectionStart", "dates.inspectionEnd", "dates.previousInspection",
];
const STRINGS = ["title", "inspectorate", "chiefInspector", "consortium.name", "mediaContact.name"];

export class Scorer {
  private counts = new Map<string, Counts>();
  readonly docs: DocScore[] = [];

  private add(field: string, tp: number, fp: number, fn: number): void {
    const c = this.counts.get(field) ?? { tp: 0, fp: 0, fn: 0 };
    c.tp += tp;
    c.fp += fp;
    c.fn += fn;
    this.counts.set(field, c);
  }

  private scalar(field: string, g: unknown, p: unknown, eq: (a: unknown, b: unknown) => boolean = (a, b) => a === b): void {
    const gn = isNull(g), pn = isNull(p);
    if (gn && pn) return this.add(field, 0, 0, 0);
    if (gn) return this.add(field, 0, 1, 0);
    if (pn) return this.add(field, 0, 0, 1);
    if (eq(g, p)) return this.add(field, 1, 0, 0);
    this.add(field, 0, 1, 1);
  }

  private set(field: string, g: unknown, p: unknown, key: (x: unknown) => string = fold): void {
    const G = new Set(((g as unknown[]) ?? []).map(key));
    const P = new Set(((p as unknown[]) ?? []).map(key));
    let tp = 0;
    for (const k of P) if (G.has(k)) tp++;
    this.add(field, tp, P.size - tp, G.size - tp);
  }

  private matchTexts(field: string, g: unknown, p: unknown, text: (x: unknown) => unknown = (x) => x): [unknown, unknown][] {
    const gl = (g as unknown[]) ?? [], pl = (p as unknown[]) ?? [];
    const cand: [number, number, number][] = [];
    gl.forEach((gx, i) => pl.forEach((px, j) => {
      const s = jaccard(text(gx), text(px));
      if (s >= 0.8) cand.push([s, i, j]);
    }));
    cand.sort((a, b) => b[0] - a[0]);
    const gu = new Set<number>(), pu = new Set<number>(), pairs: [unknown, unknown][] = [];
    for (const [, i, j] of cand) if (!gu.has(i) && !pu.has(j)) {
      gu.add(i);
      pu.add(j);
      pairs.push([gl[i], pl[j]]);
    }
    this.add(field, pairs.length, pl.length - pairs.length, gl.length - pairs.length);
    return pairs;
  }

  /** Score one document; `p` is the predicted record (or {} when missing). */
  score(file: string, g: Json, p: Json, status = "ok"): DocScore {
    const before = new Map([...this.counts].map(([k, v]) => [k, { ...v }]));
    const strEq = (a: unknown, b: unknown) => fold(a) === fold(b);
    for (const f of SCALARS) this.scalar(f, get(g, f), get(p, f));
    for (const f of STRINGS) this.scalar(f, get(g, f), get(p, f), strEq);
    const names = (x: unknown) => (x ? [(x as Json)["name"], (x as Json)["shortName"]].filter(Boolean).map(fold) : []);
    this.scalar("provider", g["provider"], p["provider"], (a, b) => names(a).some((n) => names(b).includes(n)));
    this.scalar("provider.type", get(g, "provider.type"), get(p, "provider.type"));
    this.set("provider.areas", get(g, "provider.areas"), get(p, "provider.areas"));
    this.set("consortium.members", get(g, "consortium.members"), get(p, "consortium.members"));
    this.set("mediaContact.phones", get(g, "mediaContact.phones"), get(p, "mediaContact.phones"), (s) => String(s).replace(/\D/g, ""));
    this.set("mediaContact.emails", get(g, "mediaContact.emails"), get(p, "mediaContact.emails"));
    const aspectKey = (a: unknown) => `${foldAspect((a as Json)["aspect"])}=${String((a as Json)["rating"])}`;
    this.set("aspectRatings", get(g, "aspectRatings"), get(p, "aspectRatings"), aspectKey);
    const pr = (a: unknown) => ((a as Json)["previousRating"] ? [`${foldAspect((a as Json)["aspect"])}=${String((a as Json)["previousRating"])}`] : []);
    this.set(
      "aspectRatings.previousRating",
      ((get(g, "aspectRatings") as unknown[]) ?? []).flatMap(pr),
      ((get(p, "aspectRatings") as unknown[]) ?? []).flatMap(pr),
      (x) => String(x),
    );
    const pairs = this.matchTexts("quotes", g["quotes"], p["quotes"], (q) => (q as Json)["text"]);
    for (const [gq, pq] of pairs) this.scalar("quotes.speaker", (gq as Json)["speaker"], (pq as Json)["speaker"], strEq);
    const matchedG = new Set(pairs.map(([gq]) => gq));
    for (const gq of (g["quotes"] as Json[]) ?? []) if (!matchedG.has(gq) && gq["speaker"]) this.add("quotes.speaker", 0, 0, 1);
    this.matchTexts("findings.strengths", get(g, "findings.strengths"), get(p, "findings.strengths"));
    this.matchTexts("findings.concerns", get(g, "findings.concerns"), get(p, "findings.concerns"));
    this.set("figures", get(g, "figures"), get(p, "figures"), (f) => `${Number((f as Json)["value"])}|${String((f as Json)["unit"])}`);
    let tp = 0, fp = 0, fn = 0;
    for (const [k, c] of this.counts) {
      if (k === "figures") continue;
      const o = before.get(k) ?? { tp: 0, fp: 0, fn: 0 };
      tp += c.tp - o.tp;
      fp += c.fp - o.fp;
      fn += c.fn - o.fn;
    }
    const doc = { file, status, ...f1(tp, fp, fn) };
    this.docs.push(doc);
    return doc;
  }

  report(): Report {
    let tp = 0, fp = 0, fn = 0;
    const fields = [...this.counts]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([field, c]) => {
        if (field !== "figures") {
          tp += c.tp;
          fp += c.fp;
          fn += c.fn;
        }
        return { field, ...f1(c.tp, c.fp, c.fn) };
      });
    return { overall: f1(tp, fp, fn), fields, docs: this.docs };
  }
}

export function formatReport(report: Report, withDocs = false): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
  const lines = [`${"field".padEnd(34)}   P      R      F1    tp  fp  fn`];
  for (const f of report.fields) {
    lines.push(`${f.field.padEnd(34)} ${pct(f.p)} ${pct(f.r)} ${pct(f.f1)} ${String(f.tp).padStart(4)} ${String(f.fp).padStart(3)} ${String(f.fn).padStart(3)}`);
  }
  if (withDocs) for (const d of report.docs) lines.push(`doc ${d.file.padEnd(60)} F1 ${pct(d.f1)}  ${d.status}`);
  const bad = report.docs.filter((d) => d.status !== "ok");
  if (bad.length) lines.push(`not usable: ${bad.map((d) => `${d.file} (${d.status})`).join(", ")}`);
  const o = report.overall;
  lines.push(`overall F1 ${o.f1.toFixed(3)} (P ${o.p.toFixed(3)} R ${o.r.toFixed(3)}) on ${report.docs.length} docs`);
  return lines.join("\n");
}
