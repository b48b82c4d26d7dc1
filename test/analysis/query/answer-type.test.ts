import { describe, expect, it } from "vitest";
import { answerType } from "../../../src/analysis/query/answer-type.ts";
import { queryTokens } from "../../../src/analysis/query/words.ts";

const typeOf = (question: string) => answerType(queryTokens(question));

describe("the kind of answer a question asks for", () => {
  it.each([
    ["When does the council vote?", "time"],
    ["Seit wann streiken die Lokführer?", "time"],
    ["wann ist das treffen", "time"],
    ["How many people were evacuated?", "amount"],
    ["Wie viele Menschen mussten ihre Häuser verlassen?", "amount"],
    ["Wieviel kostet die neue Brücke?", "amount"],
    ["Wie hoch ist der Schaden?", "amount"],
    ["How old is the new harbour master?", "age"],
    ["wie alt ist die bürgermeisterin", "age"],
    ["How long will the bridge be closed?", "duration"],
    ["Wie lange dauert die Sperrung?", "duration"],
    ["Why did the dam break?", "reason"],
    ["Warum wurde der Deich nie gebaut?", "reason"],
    ["What did the mayor say about the flood?", "statement"],
    ["Was hat die Ministerin gesagt?", "statement"],
  ])("%s → %s", (question, type) => {
    expect(typeOf(question)).toBe(type);
  });

  it("asks for no particular kind when the question words do not say", () => {
    expect(typeOf("Who is the mayor?")).toBeUndefined();
    expect(typeOf("Worum geht es?")).toBeUndefined();
    expect(typeOf("Hochwasser Pfarrkirchen")).toBeUndefined();
  });
});
