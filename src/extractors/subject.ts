/**
 * subject: provider inspection, thematic, annual report or other.
 *
 * An annual or summary report, or a stated thematic inspection, in the title
 * or lead; else a document that is not about an HM Inspectorate of
 * Probation inspection at all (no inspection talk, or only of the last
 * inspection or the next; another inspectorate's report) is "other"; else a named provider makes it a provider inspection;
 * else hints of a cross-provider inspection ("joint inspection", "in six
 * areas") make it thematic (a joint inspection of one place's youth
 * offending work is no such hint: see docCues). Without any of these the
 * field stays unset.
 */
import type { Doc } from "../segment/types.js";
import { found, spanOf, type Context, type Extractor, type Found } from "./types.js";
import { docCues } from "./lib/provider-doc.js";

export const subject: Extractor = {
  id: "subject",
  fields: ["subject"],
  extract(doc: Doc, ctx: Context): Found[] {
    const title = ctx.get("title");
    const cues = docCues(doc, title);
    const lead = spanOf(doc, 0, Math.min(doc.text.length, 200));
    const inspectorate = ctx.get("inspectorate");
    const otherBody = cues.otherInspectorate || (inspectorate !== null && !/probation/i.test(inspectorate));
    if (cues.annual && !otherBody) return [found("subject", "annual-report", lead)];
    if (cues.thematic && !otherBody) return [found("subject", "thematic", lead)];
    // an inspection spoken of only as the last one or the next ("last inspected in 2022"): none reported
    if (!cues.aboutInspection || !cues.inspectionNow || otherBody) return [found("subject", "other", lead, { certainty: "implied" })];
    const p = ctx.get("provider");
    const pc = ctx.candidates("provider")[0];
    if (p && pc) return [found("subject", "provider-inspection", pc.span)];
    if (cues.thematicHint) return [found("subject", "thematic", lead, { certainty: "implied" })];
    return [];
  },
};

