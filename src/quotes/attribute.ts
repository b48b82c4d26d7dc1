/**
 * Clause-level helpers for attribution: a unit's comma-separated segments, its reporting verbs, the
 * subject of a segment (the first phrase that can be a subject: so in `X hatte Y mit „…“ gedroht`
 * it is X), the mood of a stretch of text, and the span of a stretch without its closing punctuation.
 */
import { PREPOSITIONS, RELATIVE_PRONOUNS, SUBORDINATORS } from "./lexicon.ts";
import type { Mention } from "./mentions.ts";
import type { Entity } from "./speakers.ts";
import { type Tok, verbForms } from "./tokens.ts";

export type SegmentKind = "main" | "sub";

/** Token indices [from, to) between clause punctuation. */
export interface Segment {
  readonly from: number;
  readonly to: number;
  readonly kind: SegmentKind;
}

export interface Verb {
  readonly i: number;
  readonly seg: number;
  /** Only a participle (gesagt); `bezeichnet` may be either. */
  readonly participle: boolean;
  readonly mayBeParticiple: boolean;
  readonly lemma: string;
}

const BOUNDARY = /^[,;:\u2013\u2014.!?-]$/;

/** The segments of a unit, split at commas, colons, dashes and sentence ends; brackets stay inside. */
export function segmentsOf(toks: readonly Tok[]): Segment[] {
  const segs: Segment[] = [];
  let from = 0;
  let depth = 0;
  const close = (to: number) => {
    if (to > from) segs.push({ from, to, kind: clauseKind(toks, from) });
  };
  toks.forEach((t, i) => {
    if (t.quote >= 0) return;
    if (t.text === "(") depth++;
    else if (t.text === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && BOUNDARY.test(t.text)) {
      close(i);
      from = i + 1;
    }
  });
  close(toks.length);
  return segs;
}

function clauseKind(toks: readonly Tok[], from: number): SegmentKind {
  const first = (toks[from]?.text ?? "").toLowerCase();
  const second = (toks[from + 1]?.text ?? "").toLowerCase();
  const afterComma = toks[from - 1]?.text === ",";
  if (SUBORDINATORS.has(first) || first === "um") return "sub";
  if (
    afterComma &&
    (RELATIVE_PRONOUNS.has(first) || (PREPOSITIONS.has(first) && RELATIVE_PRONOUNS.has(second)))
  )
    return "sub";
  return "main";
}

/** Index of the segment holding token `i`, or -1 for a boundary token. */
export function segmentAt(segs: readonly Segment[], i: number): number {
  return segs.findIndex((s) => s.from <= i && i < s.to);
}

/** Reporting verbs of a unit, leaving out infinitives (`um … zu sprechen`). */
export function reportingVerbs(toks: readonly Tok[], segs: readonly Segment[]): Verb[] {
  const verbs: Verb[] = [];
  toks.forEach((_, i) => {
    const forms = verbForms(toks, i);
    const form = forms[0];
    if (!form || toks[i - 1]?.text === "zu") return;
    const seg = segmentAt(segs, i);
    const s = segs[seg];
    if (!s || (toks[s.from]?.text ?? "").toLowerCase() === "um") return;
    verbs.push({
      i,
      seg,
      participle: forms.every((f) => f.participle),
      mayBeParticiple: forms.some((f) => f.participle),
      lemma: form.lemma,
    });
  });
  return verbs;
}

/** The first phrase in token range [from, to) that can be a subject. */
export function firstSubject(mentions: readonly Mention[], from: number, to: number): Mention | undefined {
  return mentions.find((m) => m.from >= from && m.to <= to && !m.oblique);
}

/**
 * The subject of the clause a verb stands in: the first phrase of its segment that can be a
 * subject; when the segment has none, the first such phrase of the main segment before it
 * (`Trump, der …, sagte`); in a passive clause, the agent after `von`.
 */
export function subjectOfVerb(
  toks: readonly Tok[],
  mentions: readonly Mention[],
  segs: readonly Segment[],
  verb: Verb,
): Mention | undefined {
  const seg = segs[verb.seg];
  if (!seg) return undefined;
  if (verb.mayBeParticiple && passive(toks, seg)) {
    // "Der Kanzler wurde von Merz als „Zauderer“ bezeichnet": the speaker is the agent, if named.
    const by = toks.findIndex((t, i) => i >= seg.from && i < seg.to && /^(von|vom)$/.test(t.text));
    return by >= 0 ? mentions.find((m) => m.from === by + 1) : undefined;
  }
  const own = firstSubject(mentions, seg.from, seg.to);
  if (own) return own;
  for (let k = verb.seg - 1; k >= 0; k--) {
    const s = segs[k];
    if (s?.kind === "main") return firstSubject(mentions, s.from, s.to);
  }
  return undefined;
}

const PASSIVE = /^(wird|werden|wurde|wurden|worden|ist|sind|war|waren)$/;

/** Whether a segment is passive: an auxiliary of werden/sein with the participle. */
function passive(toks: readonly Tok[], seg: Segment): boolean {
  for (let i = seg.from; i < seg.to; i++) if (PASSIVE.test(toks[i]?.text ?? "")) return true;
  return false;
}

/** The speaker a subject phrase names: its entity, or null for anyone we cannot name (or no one). */
export function speakerOf(m: Mention | undefined): Entity | null {
  return m?.entity ?? null;
}

const NOT_VERB = /(ige|iche|ische|ene|ere|ste|lle|nde)$/;
const ADVERB_IN_E =
  /^(gerade|gerne|heute|lange|alleine|bitte|ohne|eine|keine|seine|ihre|meine|unsere|diese|jene|welche|solche|beide|alle|einige|viele|wenige|manche|nahe|ferne|eher|ebenfalls|dabei|sehr|nie|mehr|wieder|gemeinsame)$/;

/**
 * The mood of tokens [from, to): 1 when a Konjunktiv I form occurs (reported speech),
 * 2 when only a distinct Konjunktiv II form does, 0 otherwise.
 */
export function subjunctiveIn(toks: readonly Tok[], from: number, to: number): 0 | 1 | 2 {
  let mood: 0 | 1 | 2 = 0;
  for (let i = from; i < to; i++) {
    const t = toks[i];
    if (!t?.word || t.quote >= 0 || /^\p{Lu}/u.test(t.text)) continue;
    if (t.subjunctive === 1) return 1;
    if (t.subjunctive === 2) mood = 2;
    // "Sie unternehme", "werde er": a 3rd-person pronoun next to a verb in -e.
    // Past forms in -te ("hatte er", "sagte sie") are indicative.
    if (/^[a-zäöüß]{3,}[^t]e$/.test(t.text) && !NOT_VERB.test(t.text) && !ADVERB_IN_E.test(t.text)) {
      const prev = (toks[i - 1]?.text ?? "").toLowerCase();
      const next = (toks[i + 1]?.text ?? "").toLowerCase();
      if (/^(er|sie|es|man)$/.test(prev) || /^(er|es|man)$/.test(next)) return 1;
    }
  }
  return mood;
}

/** Token range [from, to) without closing punctuation and without a quotation tacked on after a comma. */
export function trimEnd(toks: readonly Tok[], from: number, to: number): number {
  let end = to;
  for (;;) {
    const last = toks[end - 1];
    if (end <= from || !last) return end;
    if (last.quote < 0 && /^[.!?;:,\u2013\u2014-]$/.test(last.text)) end--;
    else if (last.quote >= 0 && toks[end - 2]?.text === "," && end - 2 > from) end -= 2;
    else return end;
  }
}
