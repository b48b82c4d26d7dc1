/**
 * Retrieval quality of our engine side by side with the peers (off-the-shelf libraries configured per
 * their READMEs), on the development question set and the section-lookup set.
 */
import type { Article } from "../src/corpus/article.ts";
import { createEngine } from "../src/engine/engine.ts";
import { type Passage, passagesOf } from "../src/index/passages.ts";
import { fixtureArticle } from "../test/support/fixtures.ts";
import { flexsearchPeer } from "./peers/flexsearch.ts";
import { lunrPeer } from "./peers/lunr.ts";
import { minisearchPeer } from "./peers/minisearch.ts";
import { oramaPeer } from "./peers/orama.ts";
import type { Peer } from "./peers/peer.ts";
import {
  type Question,
  type Ranked,
  readFixture,
  type SectionLookup,
  scoreQuestions,
  scoreSections,
} from "./quality.ts";

/** The peers in table order (ours comes first). */
export const PEERS: readonly Peer[] = [minisearchPeer, lunrPeer, oramaPeer, flexsearchPeer];

/** The engine name of our own row. */
export const OURS = "article-bot";

/** How many passages each engine returns per question. */
const LIMIT = 10;

export interface QualityRow {
  readonly engine: string;
  /** How the engine is configured (one line). */
  readonly config: string;
  readonly questions: {
    readonly n: number;
    readonly hit1: number;
    readonly hit3: number;
    readonly mrr: number;
  };
  readonly sections: { readonly n: number; readonly hit1: number };
  /** The held-out questions (never used for tuning): the honest estimate for unseen questions. */
  readonly holdout: {
    readonly n: number;
    readonly hit1: number;
    readonly hit3: number;
    readonly mrr: number;
  };
  /** Questions and look-ups on which the engine threw (each counted as no result). */
  readonly errors: number;
}

export interface QualityTable {
  readonly rows: readonly QualityRow[];
  /** Per engine: the questions and section look-ups it missed at rank 1. */
  readonly misses: Record<string, string[]>;
}

type ArticleName = Question["article"];

/** One engine over one article: passages best first for a question, the section title for a look-up. */
interface Searcher {
  rank(question: string): Promise<readonly Ranked[]>;
  section(query: string): Promise<string | null>;
}

interface Contender {
  readonly name: string;
  readonly config: string;
  open(article: Article): Promise<Searcher>;
}

/** Our engine, as the bot uses it: `ask` for questions, `section` for section look-ups. */
const ours: Contender = {
  name: OURS,
  config: "createEngine([article]); ask(question, { limit: 10 }); section(query)",
  async open(article) {
    const engine = createEngine([article]);
    return {
      rank: async (question) =>
        engine
          .ask(question, { limit: LIMIT })
          .results.map((r) => ({ section: r.passage.sectionTitle, paragraph: r.passage.paragraph })),
      section: async (query) => engine.section(query).match?.section.title ?? null,
    };
  },
};

/** Peers have no table of contents, so a bare section number is a miss for them. */
const SECTION_NUMBER = /^\s*\d{1,3}\s*$/;

/** A peer over one article; a section look-up is the section of its top-ranked passage. */
function contender(peer: Peer): Contender {
  return {
    name: peer.name,
    config: peer.config,
    async open(article) {
      const passages = passagesOf(article);
      const byId = new Map(passages.map((p) => [p.id, p]));
      const index = await peer.build(passages);
      const rank = async (query: string): Promise<Ranked[]> =>
        (await index.search(query, LIMIT)).flatMap((id) => {
          const p: Passage | undefined = byId.get(id);
          return p ? [{ section: p.sectionTitle, paragraph: p.paragraph }] : [];
        });
      return {
        rank,
        section: async (query) =>
          SECTION_NUMBER.test(query) ? null : ((await rank(query))[0]?.section ?? null),
      };
    },
  };
}

/** The engine over `article`; if it cannot even be built, a searcher that throws on every query. */
async function openOrFail(engine: Contender, article: Article): Promise<Searcher> {
  try {
    return await engine.open(article);
  } catch (error) {
    const fail = async (): Promise<never> => {
      throw error;
    };
    return { rank: fail, section: fail };
  }
}

function searcherOf(searchers: ReadonlyMap<ArticleName, Searcher>, name: ArticleName): Searcher {
  const searcher = searchers.get(name);
  if (!searcher) throw new Error(`no index for article ${name}`);
  return searcher;
}

/**
 * Runs our engine and every peer on the dev questions and section look-ups, each against an index of its
 * own article. A question or look-up on which an engine throws counts as no result, and as an error.
 */
export async function qualityTable(peers: readonly Peer[] = PEERS): Promise<QualityTable> {
  const questions = readFixture<Question>("questions.dev.jsonl");
  const holdout = readFixture<Question>("questions.holdout.jsonl");
  const lookups = readFixture<SectionLookup>("sections.dev.jsonl");
  const names = [...new Set<ArticleName>([...questions, ...lookups].map((x) => x.article))];
  const articles = new Map(names.map((name) => [name, fixtureArticle(name)]));

  const rows: QualityRow[] = [];
  const misses: Record<string, string[]> = {};
  for (const engine of [ours, ...peers.map(contender)]) {
    let errors = 0;
    /** Runs `f`, counting a throw as an error with `fallback` as the result. */
    const guarded = async <T>(f: () => Promise<T>, fallback: T): Promise<T> => {
      try {
        return await f();
      } catch {
        errors++;
        return fallback;
      }
    };

    const searchers = new Map<ArticleName, Searcher>();
    for (const [name, article] of articles) searchers.set(name, await openOrFail(engine, article));
    const ranked = new Map<Question, readonly Ranked[]>();
    for (const q of [...questions, ...holdout]) {
      ranked.set(q, await guarded(() => searcherOf(searchers, q.article).rank(q.q), []));
    }
    const found = new Map<SectionLookup, string | null>();
    for (const l of lookups) {
      found.set(l, await guarded(() => searcherOf(searchers, l.article).section(l.query), null));
    }

    const q = scoreQuestions(questions, (x) => ranked.get(x) ?? []);
    const s = scoreSections(lookups, (x) => found.get(x) ?? null);
    const h = scoreQuestions(holdout, (x) => ranked.get(x) ?? []);
    rows.push({
      engine: engine.name,
      config: engine.config,
      questions: { n: q.n, hit1: q.hit1, hit3: q.hit3, mrr: q.mrr },
      sections: { n: s.n, hit1: s.hit1 },
      holdout: { n: h.n, hit1: h.hit1, hit3: h.hit3, mrr: h.mrr },
      errors,
    });
    misses[engine.name] = [
      ...q.misses,
      ...s.misses.map((m) => `section ${m}`),
      ...h.misses.map((m) => `held-out ${m}`),
    ];
  }
  return { rows, misses };
}

const percent = (x: number): string => `${(100 * x).toFixed(1)}%`;
const cell = (text: string): string => text.replace(/\|/g, "\\|");

/** The rows as a Markdown table, each engine's configuration, then each engine's misses at rank 1. */
export function markdownTable(result: QualityTable, withMisses = true): string {
  const [first] = result.rows;
  const nq = first?.questions.n ?? 0;
  const ns = first?.sections.n ?? 0;
  const lines = [
    `| engine | dev Hit@1 | dev Hit@3 | dev MRR | held-out Hit@1 | held-out Hit@3 | held-out MRR | sections Hit@1 | errors |`,
    `|---|---:|---:|---:|---:|---:|---:|---:|---:|`,
    ...result.rows.map(
      (r) =>
        `| ${cell(r.engine)} | ${percent(r.questions.hit1)} | ${percent(r.questions.hit3)} | ` +
        `${r.questions.mrr.toFixed(3)} | ${percent(r.holdout.hit1)} | ${percent(r.holdout.hit3)} | ` +
        `${r.holdout.mrr.toFixed(3)} | ${percent(r.sections.hit1)} | ${r.errors} |`,
    ),
    "",
    `${nq} development questions (test/fixtures/questions.dev.jsonl, used for tuning), ` +
      `${first?.holdout.n ?? 0} held-out questions (test/fixtures/questions.holdout.jsonl, written independently and never tuned on), ` +
      `${ns} section look-ups (test/fixtures/sections.dev.jsonl); ` +
      "each against an index of its own article. Peers get the raw question (no glossary); a peer's section " +
      "is the section of its top-ranked passage, and bare section numbers are misses for peers.",
    "",
    "Configurations:",
    "",
    ...result.rows.map((r) => `- ${r.engine}: \`${r.config}\``),
  ];
  for (const r of withMisses ? result.rows : []) {
    const missed = result.misses[r.engine] ?? [];
    lines.push("", `### ${r.engine}: ${missed.length} misses at rank 1`, "");
    lines.push(...(missed.length ? missed.map((m) => `- ${m}`) : ["- none"]));
  }
  return `${lines.join("\n")}\n`;
}
