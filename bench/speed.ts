/** Query latency and index build time, ours and the peers', on the seed article. */
import { fileURLToPath } from "node:url";
import type { Article } from "../src/corpus/article.ts";
import { createEngine } from "../src/engine/engine.ts";
import { loadEngineTables } from "../src/engine/tables.ts";
import { passagesOf } from "../src/index/passages.ts";
import type { Peer } from "./peers/peer.ts";
import type { Question } from "./quality.ts";
import { bestOf, type Latency, measure } from "./stats.ts";

const TABLES = loadEngineTables();

export interface SpeedRow {
  readonly engine: string;
  readonly buildMs: number;
  readonly ask: Latency;
  readonly section?: Latency;
  readonly quote?: Latency;
}

/** Ours: engine build (index, analysis and quote extraction; corpus already parsed) and ask/section/quote latency. */
export async function ourSpeed(
  article: Article,
  questions: readonly string[],
  sections: readonly string[],
  quotes: readonly string[],
): Promise<SpeedRow> {
  // Latency first, on the heap of one engine; the repeated builds for timing come after.
  const engine = createEngine([article], TABLES);
  const ask = await measure(questions, (q) => engine.ask(q));
  const section = await measure(sections, (s) => engine.section(s));
  // Few quote queries: more rounds, for as many samples as the others.
  const quote = await measure(quotes, (q) => engine.quote(q), 200);
  const buildMs = await bestOf(5, () => createEngine([article], TABLES));
  return { engine: "article-bot", buildMs, ask, section, quote };
}

/** A peer: index build and search latency on the same passages and questions. */
export async function peerSpeed(
  peer: Peer,
  article: Article,
  questions: readonly string[],
): Promise<SpeedRow> {
  const passages = passagesOf(article);
  const index = await peer.build(passages);
  const ask = await measure(questions, async (q) => {
    try {
      await index.search(q, 10);
    } catch {
      // Counted in the quality table; latency of a throw is still latency.
    }
  });
  const buildMs = await bestOf(5, () => peer.build(passages));
  return { engine: peer.name, buildMs, ask };
}

/** The questions of one article from the dev set. */
export function questionsOf(questions: readonly Question[], article: Question["article"]): string[] {
  return questions.filter((q) => q.article === article).map((q) => q.q);
}

/**
 * Speed of one engine measured in a process of its own (`bench/speed-child.ts`), so no engine's
 * latency includes the garbage of another or of the quality runs.
 */
export async function speedInChild(engine: string): Promise<SpeedRow> {
  const { execFile } = await import("node:child_process");
  const { promisify } = await import("node:util");
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      "--expose-gc",
      "--max-semi-space-size=64",
      "--import",
      "tsx",
      fileURLToPath(new URL("speed-child.ts", import.meta.url)),
      engine,
    ],
    { maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout) as SpeedRow;
}
