/** Retrieval quality on the development sets: Hit@1, Hit@3, MRR, and the misses (shared by the benchmark). */
import { readFileSync } from "node:fs";
import type { FixtureName } from "../test/support/fixtures.ts";

export interface Question {
  readonly id: string;
  readonly article: FixtureName;
  readonly lang: string;
  readonly q: string;
  readonly expect: readonly { section: string; paragraph: number }[];
  readonly kind: string;
}

export interface SectionLookup {
  readonly article: FixtureName;
  readonly query: string;
  readonly expect: string;
}

export interface Ranked {
  readonly section: string;
  readonly paragraph: number;
}

export interface QualityReport {
  readonly n: number;
  readonly hit1: number;
  readonly hit3: number;
  readonly mrr: number;
  readonly misses: readonly string[];
}

/** Reads a JSON-lines fixture from test/fixtures. */
export function readFixture<T>(name: string): T[] {
  return readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** Scores a ranking function on the question set. */
export function scoreQuestions(
  questions: readonly Question[],
  rank: (q: Question) => readonly Ranked[],
): QualityReport {
  let hit1 = 0;
  let hit3 = 0;
  let rr = 0;
  const misses: string[] = [];
  for (const q of questions) {
    const ranked = rank(q);
    const at = ranked.findIndex((r) =>
      q.expect.some((e) => e.section === r.section && e.paragraph === r.paragraph),
    );
    if (at === 0) hit1++;
    else
      misses.push(
        `${q.id} ${JSON.stringify(q.q)} → ${ranked[0] ? `${ranked[0].section} ¶${ranked[0].paragraph}` : "nothing"} (want ${q.expect[0]?.section} ¶${q.expect[0]?.paragraph}${at > 0 ? `, found at ${at + 1}` : ""})`,
      );
    if (at >= 0 && at < 3) hit3++;
    if (at >= 0) rr += 1 / (at + 1);
  }
  const n = questions.length;
  return { n, hit1: hit1 / n, hit3: hit3 / n, mrr: rr / n, misses };
}

/** Scores a section-lookup function: the share of look-ups that return the expected title. */
export function scoreSections(
  lookups: readonly SectionLookup[],
  find: (l: SectionLookup) => string | null,
): QualityReport {
  const misses: string[] = [];
  let hits = 0;
  for (const l of lookups) {
    const got = find(l);
    if (got === l.expect) hits++;
    else misses.push(`${l.article} ${JSON.stringify(l.query)} → ${got ?? "nothing"} (want ${l.expect})`);
  }
  const n = lookups.length;
  return { n, hit1: hits / n, hit3: hits / n, mrr: hits / n, misses };
}
