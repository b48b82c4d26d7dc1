/**
 * Query stage: what kind of answer a question asks for, where its question words say so cheaply
 * (`when`/`wann` a time, `how many`/`wie viele` an amount). Questions of other shapes ask for no
 * particular kind.
 */
import type { QueryToken } from "./words.ts";

/** The kinds of answer a sentence can be seen to hold (see answer-evidence.ts). */
export type AnswerType = "time" | "age" | "duration" | "amount" | "reason" | "statement";

// Folded question words, as one string per pattern so phrases read as written.
const PATTERNS: readonly (readonly [AnswerType, RegExp])[] = [
  ["time", /^(?:(?:since |until |till )?when|what (?:time|year|day|date)|which (?:year|day|date))\b/],
  ["time", /(?:^|\s)(?:(?:seit |bis )?wann|um wie viel uhr|in welchem jahr|an welchem tag)(?:\s|$)/],
  // Before `amount`: an age and a length of time are amounts of a kind a sentence shows.
  ["age", /^how old\b|(?:^|\s)wie alt(?:\s|$)/],
  ["duration", /^how long\b|(?:^|\s)wie lange?(?:\s|$)/],
  ["amount", /^how (?:many|much|high|big|large|far|expensive)\b|^what (?:percentage|share|amount)\b/],
  ["amount", /(?:^|\s)(?:wie ?viele?|wie (?:hoch|gross|weit|teuer|stark))(?:\s|$)/],
  ["reason", /^(?:why|how come|for what reason)\b|(?:^|\s)(?:warum|wieso|weshalb|weswegen|wozu)(?:\s|$)/],
  // What someone said: the answer is their words, in quotation marks.
  [
    "statement",
    /(?:^|\s)(?:say|says|said|think|thinks|thought|claim|claims|claimed|warn|warns|warned|tell|tells|told|believe|believes|sagt|sagte|sagten|sagen|gesagt|meint|meinte|meinen|gemeint|aussert|ausserte|geaussert)(?:\s|$)/,
  ],
];

/** The kind of answer the question asks for, or undefined. */
export function answerType(tokens: readonly QueryToken[]): AnswerType | undefined {
  const text = tokens.map((t) => t.folded).join(" ");
  return PATTERNS.find(([, pattern]) => pattern.test(text))?.[0];
}
