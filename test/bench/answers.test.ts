import { describe, expect, it } from "vitest";
import { answerQuality, answerTables } from "../../bench/answers.ts";
import { QUESTION_SETS } from "../../bench/quality-table.ts";

describe("the answer figures of the benchmark", () => {
  const result = answerQuality();

  it("give every question set its sentence accuracy and its false abstentions, as shares", () => {
    expect(result.sets.map((r) => r.label)).toEqual(QUESTION_SETS.map((s) => s.label));
    for (const r of result.sets) {
      expect(r.notAnswered).toBeGreaterThanOrEqual(0);
      expect(r.notAnswered).toBeLessThanOrEqual(1);
      // Every set has answer spans, so each has a sentence accuracy.
      expect(r.sentence).not.toBeNull();
    }
  });

  it("count the unanswerable questions apart, tuning and blind", () => {
    expect(result.unanswerable.map((r) => r.n)).toEqual([150, 60]);
    expect(answerTables(result)).toContain("blind (cyber, geburtshilfe)");
  });
});
