/** Query latency and index build time, ours and the peers', on the seed article. */
import type { Article } from "../src/corpus/article.ts";
import { createEngine } from "../src/engine/engine.ts";
import { passagesOf } from "../src/index/passages.ts";
import type { Peer } from "./peers/peer.ts";
import type { Question } from "./quality.ts";
import { bestOf, type Latency, measure } from "./stats.ts";

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
  const buildMs = await bestOf(5, () => createEngine([article]));
  const engine = createEngine([article]);
  return {
    engine: "article-bot",
    buildMs,
    ask: await measure(questions, (q) => engine.ask(q)),
    section: await measure(sections, (s) => engine.section(s)),
    quote: await measure(quotes, (q) => engine.quote(q)),
  };
}

/** A peer: index build and search latency on the same passages and questions. */
export async function peerSpeed(
  peer: Peer,
  article: Article,
  questions: readonly string[],
): Promise<SpeedRow> {
  const passages = passagesOf(article);
  const buildMs = await bestOf(5, () => peer.build(passages));
  const index = await peer.build(passages);
  const ask = await measure(questions, async (q) => {
    try {
      await index.search(q, 10);
    } catch {
      // Counted in the quality table; latency of a throw is still latency.
    }
  });
  return { engine: peer.name, buildMs, ask };
}

/** The questions of one article from the dev set. */
export function questionsOf(questions: readonly Question[], article: Question["article"]): string[] {
  return questions.filter((q) => q.article === article).map((q) => q.q);
}
