/**
 * Extracts the quotes of an article with their speakers: models each paragraph, builds the speaker
 * registry, then reads the units in order, resolving mentions and attributing direct and reported
 * speech. Nothing here knows any particular article; everything comes from the text and the tables.
 */
import { foldWord } from "../analysis/normalize.ts";
import type { Article } from "../corpus/article.ts";
import { passagesOf } from "../index/passages.ts";
import {
  firstSubject,
  reportingVerbs,
  segmentAt,
  segmentsOf,
  speakerOf,
  subjectOfVerb,
} from "./attribute.ts";
import { englishForms } from "./english.ts";
import { type Finding, findIndirect, type Pending, type UnitView } from "./indirect.ts";
import { type Mention, MentionResolver } from "./mentions.ts";
import type { ScanContext } from "./phrases.ts";
import type { ArticleQuotes, Quote, QuoteKind, Speaker } from "./quote.ts";
import { buildRegistry, type Entity, phraseText, type Registry } from "./speakers.ts";
import type { ExtractionTables } from "./tables.ts";
import { modelParagraph, type ParagraphModel, tokensOf, type Unit } from "./tokens.ts";

interface Found {
  readonly entity: Entity | null;
  readonly kind: QuoteKind;
  readonly start: number;
  readonly end: number;
  readonly context: string;
  readonly section: number;
  readonly paragraph: number;
}

interface Located {
  readonly section: number;
  readonly sectionTitle: string;
  readonly paragraph: number;
  readonly model: ParagraphModel;
}

/** The quotes and speakers of one article. Never throws on any text. */
export function extractArticleQuotes(article: Article, tables: ExtractionTables): ArticleQuotes {
  // The passages the index is made of: their sentences are split once, for both.
  const located: Located[] = passagesOf(article).map((p) => ({
    section: p.sectionIndex,
    sectionTitle: p.sectionTitle,
    paragraph: p.paragraph,
    model: modelParagraph(p.text, tables.lexicon, p.sentences),
  }));
  const ctx = scanContext(
    located.map((l) => l.model.text),
    tables,
  );
  const registry = buildRegistry(
    located.map((l) => l.model),
    ctx,
  );
  const reader = new ArticleReader(registry, ctx);
  for (const l of located) reader.readParagraph(l);
  const titles = new Map(article.sections.map((s) => [s.index, s.title]));
  const quotes: Quote[] = reader.found.map((f) => ({
    id: `${article.id}/${f.section}/${f.paragraph}/${f.start}`,
    articleId: article.id,
    speaker: f.entity ? registry.nameOf(f.entity) : null,
    text:
      located
        .find((l) => l.section === f.section && l.paragraph === f.paragraph)
        ?.model.text.slice(f.start, f.end) ?? "",
    kind: f.kind,
    sectionIndex: f.section,
    sectionTitle: titles.get(f.section) ?? "",
    paragraph: f.paragraph,
    start: f.start,
    end: f.end,
    context: f.context,
  }));
  return { quotes, speakers: speakersOf(article.id, registry, reader) };
}

/** Folded words the article writes in lower case: a capitalised one of them only starts a sentence. */
function scanContext(texts: readonly string[], tables: ExtractionTables): ScanContext {
  const lowercase = new Set<string>();
  for (const text of texts)
    for (const w of text.match(/(?<![\p{L}-])\p{Ll}[\p{L}]*/gu) ?? []) lowercase.add(foldWord(w));
  return { lowercase, tables };
}

/** Reads paragraphs in order, keeping what attribution needs across units. */
class ArticleReader {
  readonly found: Found[] = [];
  /** Surface forms per entity, for the speaker list. */
  readonly forms = new Map<Entity, Set<string>>();
  private readonly resolver: MentionResolver;
  private readonly statements: { section: number; nouns: Set<string>; speaker: Entity }[] = [];

  constructor(
    private readonly registry: Registry,
    private readonly ctx: ScanContext,
  ) {
    this.resolver = new MentionResolver(registry, ctx);
  }

  readParagraph(l: Located): void {
    let pending: Pending | undefined;
    for (const unit of l.model.units) pending = this.readUnit(l, unit, pending);
  }

  private readUnit(l: Located, unit: Unit, pending: Pending | undefined): Pending | undefined {
    const { toks } = unit;
    const text = l.model.text;
    const mentions = this.resolver.resolveUnit(toks, l.section);
    this.rememberForms(text, toks, mentions);
    const segs = segmentsOf(toks);
    const view: UnitView = {
      toks,
      mentions,
      segs,
      verbs: reportingVerbs(toks, segs),
      registry: this.registry,
      lexicon: this.ctx.tables.lexicon,
      sourceAnaphor: (noun) => this.sourceAnaphor(l.section, noun),
    };
    const finding = findIndirect(view, pending);
    const context = text.slice(unit.start, unit.end);
    const at = { section: l.section, paragraph: l.paragraph, context };
    const speakers: (Entity | null)[] = [];
    if (finding?.kind === "quote") {
      const first = toks[finding.from];
      const last = toks[finding.to - 1];
      if (first && last && last.end > first.start) {
        this.found.push({
          ...at,
          entity: finding.speaker,
          kind: "indirect",
          start: first.start,
          end: last.end,
        });
        speakers.push(finding.speaker);
      }
    }
    const direct = this.readDirect(l, view, finding, pending, at);
    speakers.push(...direct);
    const last = speakers.at(-1);
    if (last) this.statements.push({ section: l.section, nouns: nounsOf(toks), speaker: last });
    if (finding?.kind === "quote") return { speaker: finding.speaker, afterIndirect: true };
    if (finding?.kind === "speech-act") return { speaker: finding.speaker, afterIndirect: false };
    if (direct.length > 0) return { speaker: direct.at(-1) ?? null, afterIndirect: false };
    return undefined;
  }

  /** Attributes the unit's direct quotes (and their nested quotes); returns their speakers. */
  private readDirect(
    l: Located,
    view: UnitView,
    finding: Finding | undefined,
    pending: Pending | undefined,
    at: { section: number; paragraph: number; context: string },
  ): (Entity | null)[] {
    const speakers: (Entity | null)[] = [];
    view.toks.forEach((tok, k) => {
      if (tok.quote < 0) return;
      const span = l.model.spans[tok.quote];
      if (!span) return;
      const entity = directSpeaker(view, k, finding, pending);
      this.found.push({ ...at, entity, kind: "direct", start: span.start, end: span.end });
      speakers.push(entity);
      this.readNested(l, tok.quote, entity, at);
    });
    return speakers;
  }

  /** Quotes inside a quote: the subject of their clause in the outer quote said them (`ich`/`wir`: the outer speaker). */
  private readNested(
    l: Located,
    parent: number,
    outer: Entity | null,
    at: { section: number; paragraph: number; context: string },
  ): void {
    const { model } = l;
    const outerSpan = model.spans[parent];
    const nested = model.spans.flatMap((span, index) =>
      span.parent === parent && model.speech[index] ? [{ index, span }] : [],
    );
    if (!outerSpan || nested.length === 0) return;
    const toks = tokensOf(model.text, outerSpan.start, outerSpan.end, this.ctx.tables.lexicon, nested);
    const mentions = new MentionResolver(this.registry, this.ctx).resolveUnit(toks, -1);
    this.rememberForms(model.text, toks, mentions);
    const segs = segmentsOf(toks);
    toks.forEach((tok, k) => {
      const span = model.spans[tok.quote];
      if (tok.quote < 0 || !span) return;
      const seg = segs[segmentAt(segs, k)];
      const subject = seg ? firstSubject(mentions, seg.from, seg.to) : undefined;
      const entity =
        subject?.kind === "first-person" ? outer : subject?.kind === "pronoun" ? null : speakerOf(subject);
      this.found.push({ ...at, entity, kind: "direct", start: span.start, end: span.end });
      this.readNested(l, tok.quote, entity, at);
    });
  }

  private rememberForms(text: string, toks: Unit["toks"], mentions: readonly Mention[]): void {
    for (const m of mentions) {
      if (!m.entity || !["name", "role", "institution", "anaphor"].includes(m.kind)) continue;
      const forms = this.forms.get(m.entity) ?? new Set<string>();
      // A person's role keeps no genitive ("Die Bürgermeisterin", not "… der Kurstadt"); an organisation's does.
      const core = m.kind === "role" && m.entity.kind === "person" ? { ...m, to: m.core } : m;
      forms.add(phraseText(text, toks, core));
      if (m.kind === "role" && m.role) {
        // A bare "Präsident" would name whoever else is one too; "Präsident" with an adjective is kept whole.
        if (m.adjs.length === 0) forms.add(m.role.lemma);
        // "der ukrainische Präsident Wolodymyr Selenskyj" also names him without the name.
        if (m.names.length > 0) forms.add(phraseText(text, toks, { ...m, to: m.core - m.names.length }));
      }
      this.forms.set(m.entity, forms);
    }
  }

  /** The speaker of the latest statement in the section whose sentence used `noun` ("Forderungen"). */
  private sourceAnaphor(section: number, noun: string): Entity | null {
    for (let k = this.statements.length - 1; k >= 0; k--) {
      const s = this.statements[k];
      if (s?.section !== section) continue;
      if (s.nouns.has(noun)) return s.speaker;
    }
    return null;
  }
}

function nounsOf(toks: Unit["toks"]): Set<string> {
  return new Set(toks.filter((t) => t.word && /^\p{Lu}/u.test(t.text)).map((t) => foldWord(t.text)));
}

/**
 * The speaker of the direct quote at token `k`: the reporting clause after it (`„…“, sagte sie`),
 * before it (`Müller sagte: „…“`), between two quotes, or, for a quoted fragment, the sentence's
 * reported speech or the subject of its reporting verb; a quote standing alone continues the
 * paragraph's last speaker.
 */
function directSpeaker(
  view: UnitView,
  k: number,
  finding: Finding | undefined,
  pending: Pending | undefined,
): Entity | null {
  const { toks, segs, mentions, verbs } = view;
  const j = toks[k + 1]?.text === "," ? k + 2 : k + 1;
  const after = verbs.find((v) => v.i === j && !v.participle);
  if (after || (toks[j]?.text === "so" && toks[k + 1]?.text === ",")) {
    const seg = segs[segmentAt(segs, j)];
    const subject = seg && mentions.find((m) => m.from > j && m.to <= seg.to && !m.oblique);
    if (subject) return subject.kind === "impersonal" ? null : speakerOf(subject);
  }
  if (toks[k - 1]?.text === ":") {
    const segIndex = segmentAt(segs, k - 2);
    const verb = verbs.find((v) => v.seg === segIndex);
    if (verb) return speakerOf(subjectOfVerb(toks, mentions, segs, verb));
    const seg = segs[segIndex];
    const only = seg ? mentions.filter((m) => m.from >= seg.from && m.to <= seg.to) : [];
    return only.length === 1 && only[0]?.from === seg?.from ? speakerOf(only[0]) : null;
  }
  if (toks[k - 1]?.text === ",") {
    const seg = segs[segmentAt(segs, k - 2)];
    const verb = seg && verbs.find((v) => v.i === seg.from && !v.participle);
    if (seg && verb && toks[seg.from - 2]?.quote !== undefined && (toks[seg.from - 2]?.quote ?? -1) >= 0) {
      return speakerOf(mentions.find((m) => m.from > verb.i && m.to <= seg.to && !m.oblique));
    }
  }
  if (finding?.kind === "quote") return finding.speaker;
  if (verbs.length > 0) {
    const verb = [...verbs].reverse().find((v) => v.i < k) ?? verbs[0];
    return verb ? speakerOf(subjectOfVerb(toks, mentions, segs, verb)) : null;
  }
  const alone = toks.every((t) => t.quote >= 0 || !t.word);
  return alone ? (pending?.speaker ?? null) : null;
}

/** The speakers to list: every named person, and everyone who is quoted. */
function speakersOf(articleId: string, registry: Registry, reader: ArticleReader): Speaker[] {
  const quoted = new Set(reader.found.map((f) => f.entity).filter((e): e is Entity => e !== null));
  const byName = new Map<string, Speaker>();
  for (const e of registry.entities) {
    const named = e.kind === "person" && e.names.length > 0;
    if (!named && !quoted.has(e)) continue;
    const name = registry.nameOf(e);
    const forms = new Set<string>([
      ...e.names,
      ...(e.surname ? [e.surname] : []),
      ...(e.label ? [e.label] : []),
      ...e.roleNames,
      ...e.forms,
    ]);
    for (const f of reader.forms.get(e) ?? []) forms.add(f);
    const speaker: Speaker = {
      id: `${articleId}#${name}`,
      articleId,
      name,
      kind: e.kind,
      ...(e.gender ? { gender: e.gender } : {}),
      roles: [...e.roleNames],
      forms: [...forms].filter((f) => f.length <= 100),
      english: englishForms(e, registry),
    };
    if (!byName.has(name)) byName.set(name, speaker);
  }
  return [...byName.values()];
}
