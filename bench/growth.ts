/**
 * How cost grows with the corpus: synthetic corpora of 1, 10, 100 and 1,000 articles made
 * deterministically from the fixture articles (paragraphs and sentences reshuffled with a seeded
 * generator, ids and headings made unique), never written to disk.
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

export interface GrowthRow {
  readonly articles: number;
  readonly passages: number;
  readonly buildMs: number;
  /** Restoring the same engine from the engine cache (read, check, load). */
  readonly warmStartMs: number;
  readonly heapMb: number;
  readonly askP99Us: number;
  readonly askP50Us: number;
}

const QUESTIONS = [
  "What do the Europeans demand?",
  "Gebiet",
  "ceasfire",
  "Sicherheitsgarantien für die Ukraine",
  "Trump Putin Alaska",
  "Windpark Gemeinderat",
];

/** Build time, start time from the engine cache, heap growth and query latency at each corpus size. */
export async function growth(bases: readonly Article[], sizes: readonly number[]): Promise<GrowthRow[]> {
  const rows: GrowthRow[] = [];
  const cacheDir = mkdtempSync(join(tmpdir(), "article-bot-growth-"));
  try {
    for (const size of sizes) {
      const corpus = syntheticCorpus(bases, size);
      global.gc?.();
      const heapBefore = process.memoryUsage().heapUsed;
      const start = performance.now();
      let engine = createEngine(corpus, TABLES);
      const buildMs = performance.now() - start;
      global.gc?.();
      const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
      const latency = await measure(QUESTIONS, (q) => engine.ask(q), 20);
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
      });
    }
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
  return rows;
}
