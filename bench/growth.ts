/**
 * How cost grows with the corpus: synthetic corpora of 1, 10, 100 and 1,000 articles made
 * deterministically from the fixture articles (paragraphs and sentences reshuffled with a seeded
 * generator, ids and headings made unique, the people renamed in every article so the speakers are
 * as many and as distinct as in real news, and now and then a paragraph as long as agency exports
 * have), never written to disk.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Article, Section } from "../src/corpus/article.ts";
import { openCachedEngine, saveEngineCache } from "../src/engine/cache.ts";
import { createEngine } from "../src/engine/engine.ts";
import { loadEngineTables } from "../src/engine/tables.ts";
import { measure } from "./stats.ts";

const TABLES = loadEngineTables();

/** A small seeded PRNG (mulberry32): the same corpus on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` articles derived from `bases`, each a reshuffled variant with its own id. */
export function syntheticCorpus(bases: readonly Article[], count: number): Article[] {
  const next = random(42);
  const sentences = bases.flatMap((a) =>
    a.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.text.split(/(?<=[.!?])\s+/))),
  );
  const pick = () => sentences[Math.floor(next() * sentences.length)] ?? "";
  return Array.from({ length: count }, (_, i) => {
    const base = bases[i % bases.length] as Article;
    const sections: Section[] = base.sections.map((s, index) => ({
      ...s,
      index,
      title: s.kind === "body" ? `${s.title} ${i}` : s.title,
      paragraphs: s.paragraphs.map((p) => ({
        number: p.number,
        text: Array.from({ length: 3 + Math.floor(next() * 3) }, pick).join(" "),
      })),
    }));
    return { ...base, id: `${base.id}-${i}`, sections };
  });
}

const SYLLABLES = [
  "ha",
  "be",
  "kro",
  "lin",
  "wal",
  "sto",
  "mei",
  "fri",
  "gun",
  "ott",
  "rau",
  "zie",
  "bre",
  "kel",
  "dor",
  "ber",
  "len",
  "man",
  "rin",
  "del",
  "ster",
  "gen",
  "wald",
  "ko",
  "ner",
  "bach",
  "hof",
  "mü",
  "schä",
  "win",
];
const ENDINGS = ["t", "s", "er", "ow", "ing", "ke", "i", "au", "el", "mann", "berg", "inger"];

/** The `n`-th made-up German-looking name word (Haberer, Krolenow…), different for every `n`. */
function madeUpName(n: number): string {
  let rest = Math.floor(n / ENDINGS.length);
  let stem = "";
  do {
    stem += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0 || stem.length < 4);
  const word = stem + ENDINGS[n % ENDINGS.length];
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The name words of the people the bases quote (`Donald`, `Trump`), longest first. */
function personWords(bases: readonly Article[]): string[] {
  const speakers = createEngine(bases, TABLES).quotes.speakers.filter((s) => s.kind === "person");
  const words = speakers.flatMap((s) =>
    s.forms.filter((f) => /^\p{Lu}\p{Ll}+( \p{Lu}\p{Ll}+)?$/u.test(f)).flatMap((f) => f.split(" ")),
  );
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

/** A paragraph of agency-export length (about 30,000 characters) made of the corpus's sentences. */
const LONG_PARAGRAPH_EVERY = 50;
const LONG_PARAGRAPH_CHARS = 30_000;

/**
 * `syntheticCorpus` with other people in every article: each person's name words are replaced by
 * made-up names of that article's own (so 1,000 articles have thousands of distinct speakers, as
 * real news has), and every 50th article's lead ends in a 30,000-character paragraph.
 */
export function peopleCorpus(bases: readonly Article[], count: number): Article[] {
  const words = personWords(bases);
  const pattern = new RegExp(`(?<!\\p{L})(${words.join("|")})(?=s?(?!\\p{L}))`, "gu");
  return syntheticCorpus(bases, count).map((article, i) => {
    const own = new Map(words.map((w, k) => [w, madeUpName(i * words.length + k)]));
    const rename = (text: string) => text.replace(pattern, (w) => own.get(w) ?? w);
    const sections = article.sections.map((s) => ({
      ...s,
      paragraphs: s.paragraphs.map((p) => ({ ...p, text: rename(p.text) })),
    }));
    const lead = sections[0];
    if (i % LONG_PARAGRAPH_EVERY === 0 && lead) {
      const sentences = lead.paragraphs.map((p) => p.text).join(" ");
      const text = sentences.repeat(Math.ceil(LONG_PARAGRAPH_CHARS / Math.max(1, sentences.length)));
      sections[0] = {
        ...lead,
        paragraphs: [
          ...lead.paragraphs,
          { number: lead.paragraphs.length + 1, text: text.slice(0, LONG_PARAGRAPH_CHARS).trim() },
        ],
      };
    }
    return { ...article, sections };
  });
}

export interface GrowthRow {
  readonly articles: number;
  readonly passages: number;
  readonly buildMs: number;
  /** Restoring the same engine from the engine cache (read, check, load). */
  readonly warmStartMs: number;
  readonly heapMb: number;
  readonly askP99Us: number;
  readonly askP50Us: number;
  readonly speakers: number;
  readonly quoteP50Us: number;
  readonly quoteP99Us: number;
  readonly sectionP50Us: number;
  readonly sectionP99Us: number;
}

const QUESTIONS = [
  "What do the Europeans demand?",
  "Gebiet",
  "ceasfire",
  "Sicherheitsgarantien für die Ukraine",
  "Trump Putin Alaska",
  "Windpark Gemeinderat",
];

/** /quote queries at a corpus size: names of people in the first, middle and last article, a typo, a role, English, a topic. */
function quoteQueries(
  corpus: readonly Article[],
  speakers: readonly { articleId: string; name: string }[],
): string[] {
  const picks = [0, Math.floor(corpus.length / 2), corpus.length - 1].map((i) => corpus[i]?.id);
  const names = picks.flatMap((id) =>
    speakers.filter((s) => s.articleId === id && /\s/.test(s.name)).slice(0, 2),
  );
  const surnames = names.map((s) => s.name.split(" ").at(-1) ?? s.name);
  const typos = surnames.map((n) => n.slice(0, 2) + n.slice(3));
  return [
    ...names.map((s) => s.name),
    ...surnames,
    ...typos,
    "Kremlchef",
    "Kremlin chief",
    "US president",
    "Deal",
  ];
}

/** /section queries at a corpus size: headings of the first, middle and last article, English names, numbers. */
function sectionQueries(corpus: readonly Article[]): string[] {
  const picks = [0, Math.floor(corpus.length / 2), corpus.length - 1].map((i) => corpus[i]);
  const headings = picks.flatMap((a) =>
    (a?.sections ?? [])
      .filter((s) => s.kind === "body")
      .slice(0, 2)
      .map((s) => s.title),
  );
  return [...headings, "Europeans", "Einleitung", "2", "Waffenruhe"];
}

/** Build time, start time from the engine cache, heap growth and query latency at each corpus size. */
export async function growth(bases: readonly Article[], sizes: readonly number[]): Promise<GrowthRow[]> {
  const rows: GrowthRow[] = [];
  const cacheDir = mkdtempSync(join(tmpdir(), "article-bot-growth-"));
  try {
    for (const size of sizes) {
      const corpus = peopleCorpus(bases, size);
      global.gc?.();
      const heapBefore = process.memoryUsage().heapUsed;
      const start = performance.now();
      let engine = createEngine(corpus, TABLES);
      const buildMs = performance.now() - start;
      global.gc?.();
      const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
      const latency = await measure(QUESTIONS, (q) => engine.ask(q), 20);
      const built = engine;
      const quoteLatency = await measure(
        quoteQueries(corpus, built.quotes.speakers),
        (q) => built.quote(q),
        20,
      );
      const sectionLatency = await measure(sectionQueries(corpus), (q) => built.section(q), 20);
      const file = join(cacheDir, `engine-${size}.json`);
      const problem = saveEngineCache(corpus, engine, file);
      if (problem) throw new Error(`cannot write the benchmark's engine cache: ${problem}`);
      global.gc?.();
      const warmStart = performance.now();
      engine = openCachedEngine(corpus, {
        file,
        note: (line) => {
          throw new Error(`the benchmark's engine cache was not used: ${line}`);
        },
      });
      const warmStartMs = performance.now() - warmStart;
      rows.push({
        articles: size,
        passages: engine.index.passages.length,
        buildMs,
        warmStartMs,
        heapMb,
        askP99Us: latency.p99,
        askP50Us: latency.p50,
        speakers: built.quotes.speakers.length,
        quoteP50Us: quoteLatency.p50,
        quoteP99Us: quoteLatency.p99,
        sectionP50Us: sectionLatency.p50,
        sectionP99Us: sectionLatency.p99,
      });
    }
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
  return rows;
}
