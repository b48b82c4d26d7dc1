/**
 * Reported speech in one unit, by the clause that reports it:
 * after it (`…, sagte Trump`, `…, so Weber`, `…, hieß es`), inside it (`…, sagte der Kremlchef, könne …`),
 * before it (`Ein Sprecher betonte, …`, `Er räumte ein, dass …`), an attribution phrase
 * (`laut Kreml`, `nach Angaben des Ministeriums`, `aus Sicht der US-Seite`, `den Forderungen zufolge`),
 * or a Konjunktiv sentence that carries on what the previous sentence reported.
 */
import { foldWord } from "../analysis/normalize.ts";
import {
  firstSubject,
  type Segment,
  segmentAt,
  speakerOf,
  subjectOfVerb,
  subjunctiveIn,
  trimEnd,
  type Verb,
} from "./attribute.ts";
import { type Lexicon, RELATIVE_PRONOUNS, SUBORDINATORS } from "./lexicon.ts";
import type { Mention } from "./mentions.ts";
import type { Entity, Registry } from "./speakers.ts";
import { type Tok, verbForms } from "./tokens.ts";

export interface UnitView {
  readonly toks: readonly Tok[];
  readonly mentions: readonly Mention[];
  readonly segs: readonly Segment[];
  readonly verbs: readonly Verb[];
  readonly registry: Registry;
  readonly lexicon: Lexicon;
  /** The speaker of an earlier statement whose sentence used this (folded) noun: "den Forderungen zufolge". */
  readonly sourceAnaphor: (noun: string) => Entity | null;
}

/** Who spoke last in the paragraph, for Konjunktiv sentences that carry on. */
export interface Pending {
  readonly speaker: Entity | null;
  /** After reported speech, Konjunktiv II continues it too; after a quote or a bare speech act only Konjunktiv I. */
  readonly afterIndirect: boolean;
}

export type How = "after" | "inside" | "before" | "source" | "continued";

export type Finding =
  | {
      readonly kind: "quote";
      readonly from: number;
      readonly to: number;
      readonly speaker: Entity | null;
      readonly how: How;
    }
  | { readonly kind: "negated" }
  | { readonly kind: "speech-act"; readonly speaker: Entity };

/** The reported speech of a unit, or what else its reporting verb tells (a negation, a bare speech act). */
export function findIndirect(view: UnitView, pending: Pending | undefined): Finding | undefined {
  return (
    reportedAfter(view) ??
    reportedBefore(view) ??
    attributedBySource(view) ??
    continued(view, pending) ??
    speechAct(view)
  );
}

function hasWords(toks: readonly Tok[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (toks[i]?.word) return true;
  return false;
}

function wholeUnit(view: UnitView, speaker: Entity | null, how: How): Finding {
  return { kind: "quote", from: 0, to: trimEnd(view.toks, 0, view.toks.length), speaker, how };
}

/** The speaker of `es` in `hieß es aus Washington`: the phrase after aus/von/seitens, else null. */
function impersonalSource(view: UnitView, from: number, to: number): Entity | null {
  for (let i = from; i < to; i++) {
    if (!/^(aus|von|seitens)$/.test(view.toks[i]?.text ?? "")) continue;
    const m = view.mentions.find((x) => x.from === i + 1);
    if (m) return sourceSpeaker(view, m);
  }
  return null;
}

/** The speaker a source phrase names; a place or side (Washington, der US-Seite) stands for its government. */
function sourceSpeaker(view: UnitView, m: Mention): Entity | null {
  if (m.entity) return m.entity;
  if (m.entity === null || !m.head) return null;
  return view.registry.resolvePlace(m.head.text, m.adjs) ?? null;
}

function subjectSpeaker(view: UnitView, subject: Mention | undefined, seg: Segment): Entity | null {
  if (subject?.kind === "impersonal") return impersonalSource(view, subject.to, seg.to);
  return speakerOf(subject);
}

/** `<content>, sagte X[, …]` and `<content>, so X`; with more reported words after it, the whole sentence. */
function reportedAfter(view: UnitView): Finding | undefined {
  const { toks, segs, mentions } = view;
  for (let k = 1; k < segs.length; k++) {
    const seg = segs[k];
    if (!seg || toks[seg.from - 1]?.text !== ",") continue;
    const first = toks[seg.from];
    const verb = view.verbs.find((v) => v.i === seg.from && !v.participle);
    const so = first?.text === "so" && mentions.some((m) => m.from === seg.from + 1 && m.to === seg.to);
    if (!verb && !so) continue;
    if (!hasWords(toks, 0, seg.from - 1)) return undefined;
    const subject = mentions.find((m) => m.from > seg.from && m.to <= seg.to && !m.oblique);
    // "…, Vincent Kompany, lobte sein Team": after the verb must come who spoke, not an object.
    if (!subject || (subject.kind === "noun" && subject.entity === undefined && !so)) continue;
    const tail = toks.slice(subject.to, seg.to).map((t) => t.text);
    if (tail.includes("nicht") || tail.includes("nie")) return { kind: "negated" };
    const speaker = subjectSpeaker(view, subject, seg);
    const next = segs[k + 1];
    if (next && next.kind === "main" && subjunctiveIn(toks, next.from, next.to) > 0) {
      return wholeUnit(view, speaker, "inside");
    }
    return { kind: "quote", from: 0, to: trimEnd(toks, 0, seg.from - 1), speaker, how: "after" };
  }
  return undefined;
}

/** `X betonte, <content>`, `X räumte ein, dass <content>`, `hieß es aus Washington, <content>`. */
function reportedBefore(view: UnitView): Finding | undefined {
  const { toks, segs } = view;
  for (const verb of view.verbs) {
    const seg = segs[verb.seg];
    // "…, wie die Gewerkschaft mitteilte, …" names a source (attributedBySource), it reports nothing after it.
    if (!seg || (toks[seg.from]?.text ?? "").toLowerCase() === "wie") continue;
    const content = contentAfter(view, verb);
    if (!content) continue;
    const subject = subjectOfVerb(view.toks, view.mentions, segs, verb);
    const speaker = subjectSpeaker(view, subject, seg);
    return { kind: "quote", from: content, to: trimEnd(toks, content, toks.length), speaker, how: "before" };
  }
  return undefined;
}

/** Where the reported clause of a verb starts, if it has one. */
function contentAfter(view: UnitView, verb: Verb): number | undefined {
  const { toks, segs } = view;
  const seg = segs[verb.seg];
  if (!seg) return undefined;
  for (let k = verb.seg + 1; k < segs.length; k++) {
    const s = segs[k];
    if (s && toks[s.from]?.text === "dass") {
      const adjacent = k === verb.seg + 1 && toks[s.from - 1]?.text === ",";
      if (adjacent || subjunctiveIn(toks, s.from, toks.length) === 1) return s.from + 1;
      return undefined;
    }
  }
  const next = segs[verb.seg + 1];
  if (!next || toks[next.from - 1]?.text !== "," || !hasWords(toks, next.from, next.to)) return undefined;
  const first = (toks[next.from]?.text ?? "").toLowerCase();
  const mood = subjunctiveIn(toks, next.from, toks.length);
  if (first === "um" || (SUBORDINATORS.has(first) && first !== "ob" && mood === 0)) return undefined;
  const lastWord = toks[next.to - 1];
  if (toks[next.to - 2]?.text === "zu" && lastWord?.word && mood === 0) return undefined;
  // Short words or the verb's own particle, however long ("hielt dagegen", "gab bekannt").
  const particles = new Set(verbForms(toks, verb.i).flatMap((f) => (f.particle ? [f.particle] : [])));
  const verbEndsClause = toks
    .slice(verb.i + 1, seg.to)
    .every((t) => /^\p{Ll}+$/u.test(t.text) && (t.text.length <= 6 || particles.has(t.text)));
  const relative = RELATIVE_PRONOUNS.has(first) && /^\p{Lu}/u.test(toks[next.from - 2]?.text ?? "");
  if (
    mood === 1 ||
    (verbEndsClause && !relative && mood === 0 && !verb.participle) ||
    (verbEndsClause && mood > 0)
  ) {
    return next.from;
  }
  return undefined;
}

/** `laut X`, `nach Angaben (von|des) X`, `nach eigenen Angaben`, `aus Sicht der X`, `X zufolge`, `wie X sagte`. */
function attributedBySource(view: UnitView): Finding | undefined {
  const { toks, mentions } = view;
  const sourceNouns = view.lexicon.sourceNouns;
  for (let i = 0; i < toks.length; i++) {
    const word = (toks[i]?.text ?? "").toLowerCase();
    let found: { from: number; to: number; speaker: Entity | null } | undefined;
    if (word === "laut") {
      const m = mentions.find((x) => x.from === i + 1);
      // "laut Robert Koch-Institut": a source may run over more capitalised words than the phrase.
      let to = m?.to ?? i + 1;
      while (toks[to]?.word && /^\p{Lu}/u.test(toks[to]?.text ?? "") && to - i < 6) to++;
      if (m) found = { from: i, to, speaker: to === m.to ? sourceSpeaker(view, m) : null };
    } else if (word === "nach" || word === "aus") {
      let j = i + 1;
      let own = false;
      while (toks[j]?.word && /^\p{Ll}.*(e|en)$/u.test(toks[j]?.text ?? "")) {
        if (/^eigen/.test(toks[j]?.text ?? "")) own = true;
        j++;
      }
      const noun = toks[j];
      if (!noun || !sourceNouns.has(foldWord(noun.text))) continue;
      const by = toks[j + 1]?.text === "von" ? j + 2 : j + 1;
      const m = mentions.find((x) => x.from === by && (by === j + 2 || x.det === "des" || x.det === "der"));
      if (m) found = { from: i, to: m.to, speaker: sourceSpeaker(view, m) };
      else if (own) {
        const subject = firstSubject(
          mentions.filter((x) => x.from < i || x.from > j),
          0,
          toks.length,
        );
        found = { from: i, to: j + 1, speaker: subject?.entity ?? null };
      } else if (word === "nach") found = { from: i, to: j + 1, speaker: null };
    } else if (word === "zufolge") {
      const m = mentions.find((x) => x.to === i);
      if (!m?.head) continue;
      const noun = foldWord(m.head.text);
      found = {
        from: m.from,
        to: i + 1,
        speaker: sourceNouns.has(noun) ? view.sourceAnaphor(noun) : sourceSpeaker(view, m),
      };
    } else if (word === "wie" && (i === 0 || toks[i - 1]?.text === ",")) {
      // "wie die Gewerkschaft (am Dienstag) mitteilte": the verb closes the clause, after its adverbials.
      const m = mentions.find((x) => x.from === i + 1);
      const verb = m && view.verbs.find((v) => v.i >= m.to && v.seg === segmentAt(view.segs, i));
      if (m && verb) found = { from: i, to: verb.i + 1, speaker: sourceSpeaker(view, m) };
    }
    if (!found) continue;
    found = { ...found, to: afterGenitive(toks, found.to) };
    const end = trimEnd(toks, 0, toks.length);
    if (found.from === 0) {
      const start = toks[found.to]?.text === "," ? found.to + 1 : found.to;
      if (start < end) return { kind: "quote", from: start, to: end, speaker: found.speaker, how: "source" };
    }
    // "…, wie die Polizei mitteilte.": like "…, sagte X", the words are what stands before it.
    if (found.to >= end && toks[found.from - 1]?.text === "," && hasWords(toks, 0, found.from - 1)) {
      return {
        kind: "quote",
        from: 0,
        to: trimEnd(toks, 0, found.from),
        speaker: found.speaker,
        how: "source",
      };
    }
    return wholeUnit(view, found.speaker, "source");
  }
  return undefined;
}

/** Past a genitive that belongs to the source ("laut einem Bericht der Zeitung"). */
function afterGenitive(toks: readonly Tok[], at: number): number {
  if (!/^(des|der)$/.test(toks[at]?.text ?? "")) return at;
  let k = at + 1;
  while (toks[k]?.word && /^\p{Ll}.*(e|en|er)$/u.test(toks[k]?.text ?? "")) k++;
  return /^\p{Lu}/u.test(toks[k]?.text ?? "") ? k + 1 : at;
}

/** A Konjunktiv sentence right after reported speech carries it on: the same speaker. */
function continued(view: UnitView, pending: Pending | undefined): Finding | undefined {
  // A reporting verb of its own makes the sentence a new statement; one in a subordinate clause does not.
  if (!pending || view.verbs.some((v) => view.segs[v.seg]?.kind === "main")) return undefined;
  const { toks } = view;
  if (!hasWords(toks, 0, toks.length)) return undefined;
  const mood = subjunctiveIn(toks, 0, toks.length);
  if (mood === 1 || (mood === 2 && pending.afterIndirect))
    return wholeUnit(view, pending.speaker, "continued");
  return undefined;
}

/** `Müller wies die Kritik zurück.`: a speech act without its words, so what follows may be reported. */
function speechAct(view: UnitView): Finding | undefined {
  const verb = view.verbs[0];
  if (!verb) return undefined;
  const speaker = subjectOfVerb(view.toks, view.mentions, view.segs, verb)?.entity;
  return speaker ? { kind: "speech-act", speaker } : undefined;
}
