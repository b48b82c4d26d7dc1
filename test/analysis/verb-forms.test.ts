import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stemGerman } from "../../src/analysis/stem-german.ts";
import { joinSeparable, parseStrongVerbs, verbBase } from "../../src/analysis/verb-forms.ts";

describe("verb forms a suffix stemmer cannot reach", () => {
  it("takes the ge- off a participle, so it meets the infinitive's stem", () => {
    expect(verbBase("gedroht")).toBe("droht");
    expect(stemGerman(verbBase("gedroht") ?? "")).toBe(stemGerman("drohen"));
    expect(stemGerman(verbBase("geregelt") ?? "")).toBe(stemGerman("regeln"));
  });

  it("joins a separable verb's particle to its participle (ausgelaufen → auslaufen)", () => {
    expect(verbBase("ausgelaufen")).toBe("auslaufen");
    expect(stemGerman(verbBase("aufgekundigt") ?? "")).toBe(stemGerman("aufkundigen"));
    expect(verbBase("zusammengekommen")).toBe("zusammenkommen");
  });

  it("takes the zu out of a separable verb's infinitive (auszuschliessen → ausschliessen)", () => {
    expect(verbBase("auszuschliessen")).toBe("ausschliessen");
    expect(verbBase("anzuerkennen")).toBe("anerkennen");
  });

  it("joins the particle a question ends on to its finite verb (Macht … mit? → mitmachen)", () => {
    expect(joinSeparable("mit", "macht")[0]).toBe("mitmachen");
    expect(joinSeparable("ein", "lasst")).toEqual(["einlassen"]);
    expect(joinSeparable("teil", "nimmt")).toEqual(["teilnehmen"]);
    expect(joinSeparable("ab", "handelt")[0]).toBe("abhandeln");
    expect(joinSeparable("putin", "macht")).toEqual([]);
  });

  it("tries both readings of an -st ending: of the form (machst) or of the stem (löst, passt)", () => {
    expect(joinSeparable("mit", "machst")).toContain("mitmachen");
    expect(joinSeparable("auf", "lost")).toContain("auflosen");
    expect(joinSeparable("an", "passt")).toContain("anpassen");
  });

  it("leaves words alone that are not such forms", () => {
    for (const word of ["treffen", "waffenruhe", "ukraine", "gegen", "gern", "ausser"])
      expect(verbBase(word)).toBeUndefined();
  });

  it("only ever takes letters out (no strong verbs listed), and never throws, whatever the input", () => {
    const noStrongVerbs = new Map<string, string>();
    const germanish = fc.stringMatching(/^(ge|aus|an|zu|zusammen)?[a-z]{0,12}(t|en)?$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), germanish), (word) => {
        const base = verbBase(word, noStrongVerbs);
        return base === undefined || base.length < word.length;
      }),
    );
  });
});

describe("strong verbs from the bundled list", () => {
  it("takes a strong verb's changed stem back to its infinitive (traf, getroffen → treffen)", () => {
    expect(verbBase("traf")).toBe("treffen");
    expect(verbBase("getroffen")).toBe("treffen");
    expect(verbBase("begonnen")).toBe("beginnen");
  });

  it("keeps the separable particle (Teilnahme → teilnehmen, ausgeschlossen → ausschliessen)", () => {
    expect(verbBase("teilnahme")).toBe("teilnehmen");
    expect(verbBase("ausgeschlossen")).toBe("ausschliessen");
  });

  it("rejects a malformed list line with the file, the line and the expected shape", () => {
    expect(() => parseStrongVerbs("treffen = traf\nnehmen nahm\n", "verbs.txt")).toThrow(
      "verbs.txt:2: expected `infinitive = form, form`.",
    );
  });
});
