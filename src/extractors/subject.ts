/**
 * subject: provider inspection, thematic, annual report or other.
 *
 * An annual or summary report, or a stated thematic inspection, in the title
 * or lead; else a document that is not about an HM Inspectorate of
 * Probation inspection at all (no inspection talk, another inspectorate's
 * report) is "other"; else a named provider makes it a provider inspection;
 * else hints of a cross-provider inspection ("joint inspection", "in six
 * areas") make it thematic, unless the joint inspection is stated to be of
 * one place's youth offending work ("a joint inspection of youth offending
 * work in X", "... of X Youth Offending Team"): the full joint inspections
 * of one YOT, led by the probation inspectorate with others, are provider
 * inspections. Without any of these the field stays unset.
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
    if (!cues.aboutInspection || otherBody) return [found("subject", "other", lead, { certainty: "implied" })];
    const p = ctx.get("provider");
    const pc = ctx.candidates("provider")[0];
    if (p && pc) return [found("subject", "provider-inspection", pc.span)];
    if (cues.thematicHint) {
      if (oneTeamJoint(cues.lead)) return [found("subject", "provider-inspection", lead, { certainty: "implied" })];
      return [found("subject", "thematic", lead, { certainty: "implied" })];
    }
    return [];
  },
};

/** A joint inspection of one named place's youth offending work (the lead's one place, nothing across areas). */
const ONE_TEAM_JOINT =
  /\b[Jj]oint [Ii]nspection of (?:(?:the )?[Yy]outh (?:[Oo]ffending|[Jj]ustice) (?:[Ww]ork|[Ss]ervices?) in (?!England\b|Wales\b)[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3}|(?:the )?[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3} (?:Youth (?:Offending|Justice) (?:Team|Service)|YOT|YOS|YJS))(?![ -][A-Z]|[a-z]|,? and [A-Z]|, [A-Z])/;
/** Any sign of an inspection across several areas or the nation. */
const MANY_AREAS =
  /\b(?:thematic|across (?:England|Wales|the country)|(?:in|across|of|visited) (?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:[a-z]+ ){0,2}(?:areas|regions|YOTs|services|teams|local authorities))\b/i;

export function oneTeamJoint(lead: string): boolean {
  if (!lead.includes("oint ") || !lead.includes("nspection of")) return false;
  return ONE_TEAM_JOINT.test(lead) && !MANY_AREAS.test(lead);
}
