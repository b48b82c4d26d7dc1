/**
 * Whether the bot's answers can be trusted, beyond ranking: the sentence it marks (does it hold
 * the answer span?) and its "the article does not say" (on answerable questions, and on questions
 * each article does not answer). Ours only: the peers rank passages and have no notion of either.
 */

import type { Engine } from "../src/engine/engine.ts";
import { createEngine } from "../src/engine/engine.ts";
import { loadEngineTables } from "../src/engine/tables.ts";
import { fixtureArticle } from "../test/support/fixtures.ts";
import { type Question, readFixture } from "./quality.ts";
import { QUESTION_SETS } from "./quality-table.ts";

interface Unanswerable {
  readonly id: string;
  readonly article: string;
  readonly q: string;
}

/** One question set's figures; `sentence` is over the questions whose first passage is right. */
export interface AnswerRow {
  readonly label: string;
  readonly n: number;
  /** Share of right first passages whose marked sentence holds the answer span (null: no spans). */
  readonly sentence: number | null;
  /** Share of questions answered "the article does not say". */
  readonly notAnswered: number;
}

/** The articles whose questions are the blind share of the unanswerable set. */
const BLIND_UNANSWERABLE: ReadonlySet<string> = new Set(["cyber", "geburtshilfe"]);

/** Sentence accuracy and abstention on every question set, and abstention on the unanswerable questions. */
export function answerQuality(): { sets: AnswerRow[]; unanswerable: AnswerRow[] } {
  const tables = loadEngineTables();
  const engines = new Map<string, Engine>();
  const engine = (name: string) => {
    let e = engines.get(name);
    if (!e) {
      e = createEngine([fixtureArticle(name)], tables);
      engines.set(name, e);
    }
    return e;
  };
  const sets = QUESTION_SETS.map((set) => {
    const questions = readFixture<Question & { answer?: string }>(set.file).filter(
      (q) => !set.lang || q.lang === set.lang,
    );
    let right = 0;
    let holds = 0;
    let notAnswered = 0;
    for (const q of questions) {
      const answer = engine(q.article).ask(q.q, { limit: 10 });
      if (!answer.answered) notAnswered++;
      const top = answer.results[0];
      const first =
        top &&
        q.expect.some((e) => e.section === top.passage.sectionTitle && e.paragraph === top.passage.paragraph);
      if (!first || !q.answer || !top.passage.text.includes(q.answer)) continue;
      right++;
      if (overlaps(top.passage.text, q.answer, top.bestSentence)) holds++;
    }
    const n = questions.length;
    return { label: set.label, n, sentence: right ? holds / right : null, notAnswered: notAnswered / n };
  });
  const questions = readFixture<Unanswerable>("unanswerable.jsonl");
  const group = (label: string, list: readonly Unanswerable[]): AnswerRow => ({
    label,
    n: list.length,
    sentence: null,
    notAnswered: list.filter((q) => !engine(q.article).ask(q.q, { limit: 10 }).answered).length / list.length,
  });
  const unanswerable = [
    group(
      "tuning (five articles)",
      questions.filter((q) => !BLIND_UNANSWERABLE.has(q.article)),
    ),
    group(
      `blind (${[...BLIND_UNANSWERABLE].join(", ")})`,
      questions.filter((q) => BLIND_UNANSWERABLE.has(q.article)),
    ),
  ];
  return { sets, unanswerable };
}

/** Whether some occurrence of `span` in `text` overlaps the sentence. */
function overlaps(text: string, span: string, sentence: { start: number; end: number }): boolean {
  for (let at = text.indexOf(span); at >= 0; at = text.indexOf(span, at + 1))
    if (at < sentence.end && at + span.length > sentence.start) return true;
  return false;
}

/** The figures as Markdown. */
export function answerTables(result: ReturnType<typeof answerQuality>): string {
  const pct = (x: number | null) => (x === null ? "–" : `${(100 * x).toFixed(1)}%`);
  return [
    '| question set | questions | sentence holds the answer | "does not say" (false abstentions) |',
    "|---|---:|---:|---:|",
    ...result.sets.map((r) => `| ${r.label} | ${r.n} | ${pct(r.sentence)} | ${pct(r.notAnswered)} |`),
    "",
    '| questions the article does not answer (test/fixtures/unanswerable.jsonl) | questions | "does not say" |',
    "|---|---:|---:|",
    ...result.unanswerable.map((r) => `| ${r.label} | ${r.n} | ${pct(r.notAnswered)} |`),
    "",
    "Sentence: of the questions whose first passage is right, the share whose marked sentence (the bold one, the only one compact `/ask` shows) overlaps the answer span written beside the question. The peers rank passages only: they mark no sentence and never say that an article does not answer, so they have no column here.",
    "",
  ].join("\n");
}
