/**
 * media-contact: the press contact: name, role, phones, emails.
 *
 * Read from a contact line, usually in the notes to editors: "For media
 * enquiries, please contact Head of Communications Catherine Chan on 07889
 * 405930 or media@…", "please contact Jane Parsons in HMI Probation press
 * office on 020 …", "Press office: 020 …". Not a licence notice's address
 * ("…contact psi@nationalarchives.gov.uk"), not a newsletter sign-up, not a
 * helpline in a news story: the line must speak of the media or the press.
 */
import type { MediaContact } from "../schema/record.js";
import type { Block, Doc } from "../segment/types.js";
import { cleanRole, namesIn, trimEndOf, type NameParse } from "./lib/names.js";
import { found, spanOf, type Extractor, type Found } from "./types.js";
import { lean } from "./lib/numbers.js";

/*
 * A line meant for journalists: any of
 *   /\b(?:media|press)\s+(?:enquiries|inquiries|office|officers?|contacts?|team|desk|relations|line)\b/i
 *   /\bcommunications\s+(?:team|office|officer|manager)\b/i
 *   /\bhead\s+of\s+(?:communications|media|press)\b/i
 *   /\bto\s+(?:request|arrange)\s+(?:an?\s+)?interviews?\b/i
 *   /\bfor\s+(?:further|more)\s+(?:information|details)\b.{0,80}\bcontact\b/i
 *   /^\s*(?:press|media)(?:\s+contacts?)?\s*:/i
 * Six small patterns tried in turn (most lines fail at once) cost less than
 * one pattern of six alternatives tried at every position; gating each on
 * its words in the lower-cased line cost more again (the lower-casing and
 * the includes took longer than the patterns).
 */
const CUE_PRESS = /\b(?:media|press)\s+(?:enquiries|inquiries|office|officers?|contacts?|team|desk|relations|line)\b/i;
const CUE_COMMS = /\bcommunications\s+(?:team|office|officer|manager)\b/i;
const CUE_HEAD = /\bhead\s+of\s+(?:communications|media|press)\b/i;
const CUE_INTERVIEW = /\bto\s+(?:request|arrange)\s+(?:an?\s+)?interviews?\b/i;
const CUE_FURTHER = /\bfor\s+(?:further|more)\s+(?:information|details)\b.{0,80}\bcontact\b/i;
const CUE_LABEL = /^\s*(?:press|media)(?:\s+contacts?)?\s*:/i;

function isCue(text: string): boolean {
  return CUE_PRESS.test(text) || CUE_COMMS.test(text) || CUE_HEAD.test(text) || CUE_INTERVIEW.test(text) || CUE_FURTHER.test(text) || CUE_LABEL.test(text);
}

/** Lines that carry an address but are no media contact. */
const NOT_CONTACT =
  /\b(?:licen[cs]e|licensed|open government|nationalarchives|copyright|crown copyright|newsletter|subscribe|sign(?:ing)?\s+up|unsubscribe|cookies?|privacy|helpline|samaritans|crimestoppers|report a crime|feedback\s+form|got a story|tip[- ]?offs?|whatsapp|send us|our newsdesk|advertis(?:e|ing))\b/i;

/**
 * NOT_CONTACT on its own: gating it on pieces of its words in the lower-cased
 * line (20 includes) cost about four times the pattern's own scan.
 */
function notContact(text: string): boolean {
  return NOT_CONTACT.test(text);
}

/** A phone number, read where it starts (sticky): every number starts with "+", "(" or "0". */
const PHONE = /(?<![\d+])(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d[\d\s)-]{7,14}\d(?!\d)/y;
const PHONE_START = /[+(0]/g;

/**
 * The next phone number in `text` from `from`: what a global PHONE search
 * would find, tried only where a number can start (a search at every
 * position is dear when the engine has not optimised the pattern).
 */
function nextPhone(text: string, from: number): RegExpExecArray | null {
  PHONE_START.lastIndex = from;
  let c: RegExpExecArray | null;
  while ((c = PHONE_START.exec(text))) {
    PHONE.lastIndex = c.index;
    const m = PHONE.exec(text);
    if (m) return m;
  }
  return null;
}
const EMAIL = /[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,5}/g;

function phonesIn(text: string): string[] {
  const out: string[] = [];
  let m: RegExpExecArray | null;
  let from = 0;
  while ((m = nextPhone(text, from)) && out.length < 10) {
    from = m.index + m[0].length;
    const p = m[0].replace(/\s+/g, " ").trim();
    let digits = p.replace(/\D/g, "");
    if (p.startsWith("+")) {
      digits = digits.slice(2);
      if (!digits.startsWith("0")) digits = "0" + digits;
    }
    if (digits.length < 10 || digits.length > 11) continue;
    if (!out.includes(p)) out.push(p);
  }
  return out;
}

function emailsIn(text: string): string[] {
  const out: string[] = [];
  EMAIL.lastIndex = 0;
  let m: RegExpExecArray | null;
  // An address is found around its "@": start the search at most 64 characters (the longest
  // name before the "@") before the next one, not at every letter of the text.
  for (;;) {
    const at = text.indexOf("@", EMAIL.lastIndex);
    if (at < 0) break;
    EMAIL.lastIndex = Math.max(EMAIL.lastIndex, at - 64);
    if (!(m = EMAIL.exec(text)) || out.length >= 10) break;
    const e = trimEndOf(m[0], ".-");
    if (!out.includes(e)) out.push(e);
  }
  return out;
}

/** The words naming the contact: after "contact", up to the number, address or "on". */
function contactPhrase(text: string): string | null {
  const c = /\bcontact(?:\s+details)?\s*:?\s+/i.exec(text);
  if (c) {
    const rest = text.slice(c.index + c[0].length, c.index + c[0].length + 200);
    // "… press office with any enquiries on …": the enquiries are no part of the role
    const stop = /\s(?:on|via|by|or|for|if|who|to)\s|\swith\s{1,3}(?:any|all|more|further|your)\s{1,3}(?:enquiries|queries|questions)\b|[(+\d@]|\.(?:\s|$)/i.exec(rest);
    let cut = stop ? stop.index : rest.length;
    // an address: cut before its first word
    if (stop && stop[0] === "@") cut = Math.max(0, rest.lastIndexOf(" ", cut));
    // the number's label on the line after the role ("…, HM Inspectorate of Probation:\n Tel: …") is no part of it
    const tel = rest.includes(":") ? NUMBER_LABEL.exec(rest.slice(0, cut)) : null;
    if (tel) cut = tel.index;
    const phrase = trimEndOf(rest.slice(0, cut), " \t\n,;:").trim();
    // "contact the press office for more information: Jo Bloggs, 020 …": the person after the colon
    const more = stop && stop[0].trim().toLowerCase() === "for" ? MORE_INFO.exec(rest.slice(cut)) : null;
    if (more) {
      const tail = rest.slice(cut + more[0].length);
      const end = /\s(?:on|via|by|or|for|if|who|to)\s|[(+\d@]|\.(?:\s|$)/i.exec(tail);
      const who = trimEndOf(tail.slice(0, end ? end.index : tail.length), " \t\n,;:").trim();
      if (who && hasFullName(who)) return `${phrase}: ${who}`;
    }
    return phrase || null;
  }
  // (the label may say what the enquiries are about: "Media enquiries about this bulletin:")
  const label = /^\s*((?:press|media)(?:\s+(?:office|contacts?|enquiries|team))?)(?:\s+(?:about|on|regarding|concerning)\s[^:0-9+@]{1,60})?\s*:\s*([^0-9+@]{0,120})/i.exec(text);
  if (label) {
    // the name and role end where the numbers' labels start ("…, Press Officer, Brayton Council. Tel: …")
    let who = label[2]!;
    const tel = NUMBER_LABEL.exec(who);
    if (tel) who = who.slice(0, tel.index);
    // "…, Communications Officer, on 01632 …": the word that leads to the number is no part of the role
    who = who.trimEnd().replace(LINK_BEFORE_NUMBER, "");
    return trimEndOf(who.trim() ? who : label[1]!, " \t\n,;:.").trim() || null;
  }
  // the office reached without "contact": "can be arranged through the press office on …"
  const office = ROUTE_TO_OFFICE.exec(text);
  if (office) return office[1]!;
  return null;
}

/** what follows "contact the press office" before the person's name: " for more information: " */
const MORE_INFO = /^\s(?:for|with)\s{1,3}(?:more|further|any)\s{1,3}(?:information|details|enquiries)\s{0,3}:\s{0,3}/i;
/** the word that leads to a number or an address, at the end of the words before it ("…, on", "… or") */
const LINK_BEFORE_NUMBER = /(?:^|[\s,]{1,6})(?:on|via|by|or|at|call|ring|tel)$/i;
/** a label before a phone number or an address */
const NUMBER_LABEL = /\b(?:tel|telephone|phone|mobile|mob|e-?mail|out of hours|fax)\b\.?\s{0,3}:/i;
/** A contact line led by an office's name and a colon: "Brayton Borough Council press office:" (the name in capitals). */
const OFFICE_LABEL = /^\s{0,3}((?:[\p{Lu}][\p{L}'’&-]{0,30}\s{1,3}){1,6}(?:[Pp]ress|[Mm]edia|[Cc]ommunications)\s{1,3}(?:[Oo]ffice|[Tt]eam|[Dd]esk|[Uu]nit))\s{0,3}:/u;
/** A line that is only an office's name, its numbers on the lines below ("Communications team", "Borough Press Office"). */
const OFFICE_LINE = /^\s{0,3}((?:[\p{Lu}][\p{L}'’&-]{0,30}\s{1,3}){0,6}(?:[Pp]ress|[Mm]edia|[Cc]ommunications)\s{1,3}(?:[Oo]ffice|[Tt]eam|[Dd]esk|[Uu]nit))\s{0,3}$/u;
/** the press office named as the way to reach the inspectorate */
const ROUTE_TO_OFFICE = /\b(?:through|via|from|call|ring|email|e-mail|phone|telephone)\s{1,3}(?:the|our)\s{1,3}((?:press|media|communications)\s{1,3}(?:office|team|desk))\b/i;

/** Name and role from a contact phrase: "Head of Communications Catherine Chan", "Jane Parsons in HMI Probation press office". */
export function whoIn(phrase: string): { name: string | null; role: string | null } {
  const p = phrase.replace(/\s+/g, " ").replace(/^(?:us|the|our)\s+/i, "").trim();
  let n: NameParse | undefined;
  for (const x of namesIn(p)) {
    if (x.tokens.length >= 2) {
      n = x;
      break;
    }
  }
  if (!n) {
    return { name: null, role: cleanRole(p) ?? (pressy(p) ? p : null) };
  }
  const rest: string[] = [];
  for (const x of (p.slice(0, n.start) + " , " + p.slice(n.end)).split(/[,|]/)) {
    // (a piece that led into the name ends on the colon that did: "the press office: Jo Bloggs")
    const r = x.trim().replace(/^(?:in|at|of|from|with)\s+(?:the\s+)?/i, "").replace(/\s*:$/, "").trim();
    if (r) rest.push(r);
  }
  // the pieces that read as a role, and every piece after the first role
  const roleParts: string[] = [];
  let afterRole = false;
  for (const r of rest) {
    const isRole = cleanRole(r) !== null;
    if (isRole || pressy(r) || afterRole) roleParts.push(r);
    if (isRole) afterRole = true;
  }
  const role = roleParts.length ? roleParts.join(", ") : null;
  return { name: n.name, role };
}

/** A piece about the press office: "HMI Probation press office", "Communications". */
function pressy(r: string): boolean {
  return /\b(?:press|media|communications?)\b/i.test(r) && r.length < 80;
}

const PHONE_OR_EMAIL = /\d{3,}|@/;

/** A line that goes on with a contact: "Tel: …", "E: …", "Out of hours: …", a bare number or address. */
function isContinuation(b: Block): boolean {
  return (
    b.text.length < 200 &&
    /^\s*(?:(?:tel|telephone|phone|mobile|mob|m|t|e|email|e-mail|out of hours|fax)\b\.?\s*:?|[+(0]\d|[\w.+-]{1,64}@)/i.test(b.text)
  );
}

/**
 * Whether `next` goes on with `b`, a line of the numbered or bulleted `note`
 * (the note itself or a line already joined to it) broken off mid-sentence,
 * on a word or a comma: the note's wrapped lines, which the text reader took
 * for a list item and paragraphs.
 */
function wrapsOn(note: Block, b: Block, next: Block): boolean {
  return note.kind === "list-item" && next.kind === "paragraph" && /[\p{L},&-]$/u.test(b.text.trimEnd()) && /^\s*[\p{L}\d]/u.test(next.text);
}

/**
 * A word every cue holds: a cheap test before isCue, which most blocks fail.
 * (Looking for the words in doc.text at once, or in lower-cased text, was
 * slower.)
 */
const CUE_WORD = /media|press|contact|communications|interview/i;

type ContactHit = { value: MediaContact; start: number; end: number };

/**
 * A line that sends enquiries about another body's side of the story to that
 * body's press office: "Enquiries about HMPPS's response to the report should
 * be directed to the Ministry of Justice press office on 020 …". Taken only
 * when the document gives no other contact.
 */
const OTHER_BODY_ENQUIRIES = new RegExp(
  lean(
    String.raw`\b(?:enquiries|inquiries|questions|queries)\s{1,3}(?:about|on|regarding|concerning)\s{1,3}(?:the\s{1,3})?[\w'’-]{2,40}\s{1,3}response\b|\b(?:ministry\s{1,3}of\s{1,3}justice|MoJ|HMPPS|prison\s{1,3}and\s{1,3}probation\s{1,3}service)(?:['’]s)?\s{1,3}(?:press|media)\s{1,3}(?:office|team|desk)\b`,
  ),
  "i",
);

export function findMediaContact(doc: Doc): ContactHit | null {
  // notes to editors first, then the rest of the document
  const kept: { other: ContactHit | null } = { other: null };
  for (let k = doc.notesStart; k < doc.blocks.length; k++) {
    const hit = ownContactAt(doc, doc.blocks[k]!, kept);
    if (hit) return hit;
  }
  for (let k = 0; k < doc.notesStart && k < doc.blocks.length; k++) {
    const hit = ownContactAt(doc, doc.blocks[k]!, kept);
    if (hit) return hit;
  }
  return kept.other;
}

/** contactAt, when the contact is not another body's press office for its side (that one is kept back in `kept`). */
function ownContactAt(doc: Doc, b: Block, kept: { other: ContactHit | null }): ContactHit | null {
  const hit = contactAt(doc, b);
  if (!hit || !OTHER_BODY_ENQUIRIES.test(b.text)) return hit;
  kept.other ??= hit;
  return null;
}

/** A person's name and role, then a number or an address, on one short line: "Jo Bloggs, Associate Director   07700 900123". */
const PERSON_NUMBER = /^[A-Z][\p{L}'’-]{1,30}(?: [A-Z][\p{L}'’-]{1,30}){1,3},[^\d@+()]{2,60}?\s(?:[+(0]\d|[\w.+-]{1,64}@)/u;

/**
 * An "Enquiries" table's rows: a cue line that is an office's name with
 * its number, no person named ("Ferrier Lane Communications (media
 * enquiries)   020 …"), then a person's name and role with another number.
 */
function personWithNumber(b: Block, nb: Block): boolean {
  if (nb.text.length > 120 || b.text.length > 120 || /\bcontact\b/i.test(b.text) || hasFullName(beforeNumber(b.text))) return false;
  return PERSON_NUMBER.test(nb.text.trim());
}

/** The words of a line before its first number or address, or the label of one ("Tel:"). */
function beforeNumber(text: string): string {
  const m = /[+(]?\d|[\w.+-]{1,64}@/.exec(text);
  let words = m ? text.slice(0, m.index) : text;
  const label = words.includes(":") ? (NUMBER_LABEL.exec(words) ?? LETTER_LABEL.exec(words)) : null;
  if (label) words = words.slice(0, label.index);
  return trimEndOf(words, " \t\n,;:|").trim();
}

/** A one-letter label before a number or an address, ending the words before it: " T: ", " M: ", " E: ". */
const LETTER_LABEL = /\s[TMEF]\s{0,2}:\s{0,2}$/;

/** A line naming someone by two or more names. */
function hasFullName(text: string): boolean {
  for (const n of namesIn(text)) if (n.tokens.length >= 2) return true;
  return false;
}

/** The media contact a block starts, when it does. */
function contactAt(doc: Doc, b: Block): ContactHit | null {
  if (b.text.length > 2000) return null;
  if (!CUE_WORD.test(b.text)) return null;
  if (!isCue(b.text)) return null;
  if (notContact(b.text)) return labelledPiece(b);
  const lines: Block[] = [b];
  // the cue's sentence as wrapped over lines (text pasted from a PDF: "…contact Jo Bloggs, Press" / "Officer, on 020 …"),
  // for its name and role
  let head = b.text;
  for (let k = b.index + 1; k < doc.blocks.length && k <= b.index + 5; k++) {
    const nb = doc.blocks[k]!;
    if (nb.text.length > 200 || nb.kind === "heading") break;
    // (only lines that all wrap on from the note, and only until it gives a number or an address: a finished contact line is not wrapped on)
    if (lines.length === k - b.index && !PHONE_OR_EMAIL.test(head) && wrapsOn(b, lines[lines.length - 1]!, nb)) {
      if (notContact(nb.text)) break;
      lines.push(nb);
      head += "\n" + nb.text;
      continue;
    }
    // (or, in an "Enquiries" table, the line under an office's with its number: "Jo Bloggs, Associate Director   07700 …")
    const nameLine = lines.length === 1 && hasFullName(nb.text) && (!PHONE_OR_EMAIL.test(b.text) || personWithNumber(b, nb));
    if (!isContinuation(nb) && !nameLine) break;
    if (notContact(nb.text)) break;
    lines.push(nb);
  }
  let text = b.text;
  for (let k = 1; k < lines.length; k++) text += "\n" + lines[k]!.text;
  text = beforePublicLine(text);
  const phones = phonesIn(text);
  const emails = emailsIn(text);
  if (!phones.length && !emails.length) return null;
  let who: { name: string | null; role: string | null } = { name: null, role: null };
  const phrase = contactPhrase(head.replace(/\s*\n\s*/g, " "));
  if (phrase) who = whoIn(phrase);
  else {
    // a line led by an office's name ("Brayton Borough Council press office: 01632 …"): the office is the role, no one named
    const office = OFFICE_LABEL.exec(b.text) ?? (lines.length > 1 && b.text.length <= 120 ? OFFICE_LINE.exec(b.text) : null);
    if (office) who = { name: null, role: office[1]!.trim() };
  }
  if (!who.name) {
    for (let k = 1; k < lines.length; k++) {
      const l = lines[k]!;
      // (a name line with its number: the words before the number)
      const words = PHONE_OR_EMAIL.test(l.text) ? beforeNumber(l.text) : l.text;
      if (words && hasFullName(words)) {
        who = whoIn(words);
        // (under an office's line, the office is part of the role: "Associate Director, Ferrier Lane Communications (media enquiries)")
        const office = k === 1 && words !== l.text && PHONE_OR_EMAIL.test(b.text) ? beforeNumber(b.text) : "";
        if (office && who.role) who = { name: who.name, role: `${who.role}, ${office}` };
        break;
      }
    }
  }
  // (a named contact's numbers only: "… Out of hours, the duty press officer can be reached on …" is another person's)
  const duty = who.name ? dutyPhones(text) : [];
  const own = duty.length ? phones.filter((p) => !duty.includes(p)) : phones;
  return { value: { name: who.name, role: who.role, phones: own, emails }, start: b.start, end: lines[lines.length - 1]!.end };
}

/** another, unnamed person on call: "the duty press officer", "the on-call media officer" */
const DUTY_OTHER = /\b(?:the|a)\s{1,3}(?:duty|on-?call)\s{1,3}(?:(?:press|media|communications|news)\s{1,3})?(?:officer|manager|spokesperson)\b/i;

/**
 * The numbers of a later sentence of a contact note that gives them to
 * another, unnamed person on call ("… or email press@…. Out of hours, the
 * duty press officer can be reached on 07700 …"): not the named contact's.
 * The sentence must follow one with a number or an address.
 */
function dutyPhones(text: string): string[] {
  if (!text.includes("duty") && !text.includes("call")) return [];
  const g = DUTY_OTHER.exec(text);
  const stop = g ? stopAfterContact(text, g.index) : -1;
  if (!g || stop < 0) return [];
  const end = text.indexOf(". ", g.index);
  return phonesIn(text.slice(stop + 1, end < 0 ? text.length : end));
}

/** a number for the public, not the press ("Members of the public with general enquiries should call 0161 …") */
const PUBLIC_LINE = /\b(?:general|public)\s{1,3}(?:enquiries|inquiries)\b|\bmembers\s{1,3}of\s{1,3}the\s{1,3}public\b/i;

/**
 * A contact note cut before a later sentence giving the public's number:
 * "… press office on 020 … or email press@…. Members of the public with
 * general enquiries should call 0161 …" keeps the press office's numbers
 * only. The sentence must follow one with a number or an address.
 */
function beforePublicLine(text: string): string {
  const g = PUBLIC_LINE.exec(text);
  const stop = g ? stopAfterContact(text, g.index) : -1;
  return stop < 0 ? text : text.slice(0, stop + 1);
}

/**
 * The full stop ending the sentence before `at`, when a number or an
 * address comes before it (a contact given, then another sentence), else -1.
 */
function stopAfterContact(text: string, at: number): number {
  const stop = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf(".\n", at));
  return stop > 0 && PHONE_OR_EMAIL.test(text.slice(0, stop)) ? stop : -1;
}

/** A media label inside a block: "… Website Media enquiries: Jo Bloggs, …". */
const INNER_LABEL = /\b(?:[Mm]edia|[Pp]ress)\s{1,3}(?:enquiries|inquiries|contacts?)\s{0,3}:/g;
/** Where a labelled piece ends: the next "… enquiries:" label, a copyright notice, a line break. */
const PIECE_END = /\s\p{Lu}\p{Ll}{1,20}\s{1,3}(?:enquiries|inquiries)\s{0,3}:|\s(?:[Cc]opyright\b|©)|\n/u;

/**
 * The media contact of a "Media enquiries:" piece inside a block that is no
 * contact line as a whole: a newsletter's footer whose lines the reader ran
 * together ("Twitter | Website Media enquiries: Jo Bloggs, Communications
 * Officer, 07700 900000, press@… General enquiries: hello@… Copyright ©
 * … unsubscribe"). The piece runs from the label to the next label, the
 * copyright notice or the line's end, and must itself be a contact line.
 */
function labelledPiece(b: Block): ContactHit | null {
  const text = b.text;
  INNER_LABEL.lastIndex = 0;
  const label = INNER_LABEL.exec(text);
  if (!label) return null;
  const from = label.index;
  const rest = text.slice(from, from + 300);
  const end = PIECE_END.exec(rest.slice(label[0].length));
  const piece = end ? rest.slice(0, label[0].length + end.index) : rest;
  if (notContact(piece)) return null;
  const phones = phonesIn(piece);
  const emails = emailsIn(piece);
  if (!phones.length && !emails.length) return null;
  const phrase = contactPhrase(piece);
  const who = phrase ? whoIn(phrase) : { name: null, role: null };
  return { value: { name: who.name, role: who.role, phones, emails }, start: b.start + from, end: b.start + from + piece.length };
}

export const mediaContact: Extractor = {
  id: "media-contact",
  fields: ["mediaContact"],
  extract(doc: Doc): Found[] {
    const hit = findMediaContact(doc);
    return hit ? [found("mediaContact", hit.value, spanOf(doc, hit.start, hit.end))] : [];
  },
};
