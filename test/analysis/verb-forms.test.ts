import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stemGerman } from "../../src/analysis/stem-german.ts";
import { joinSeparable, parseStrongVerbs, verbBase } from "../../src/analysis/verb-forms.ts";
import { TABLES } from "../support/tables.ts";

describe("verb forms a suffix stemmer cannot reach", () => {
  it("takes the ge- off a participle, so it meets the infinitive's stem", () => {
    expect(verbBase("gedroht", TABLES.strongVerbs)).toBe("droht");
    expect(stemGerman(verbBase("gedroht", TABLES.strongVerbs) ?? "")).toBe(stemGerman("drohen"));
    expect(stemGerman(verbBase("geregelt", TABLES.strongVerbs) ?? "")).toBe(stemGerman("regeln"));
  });

  it("joins a separable verb's particle to its participle (ausgelaufen → auslaufen)", () => {
    expect(verbBase("ausgelaufen", TABLES.strongVerbs)).toBe("auslaufen");
    expect(stemGerman(verbBase("aufgekundigt", TABLES.strongVerbs) ?? "")).toBe(stemGerman("aufkundigen"));
    expect(verbBase("zusammengekommen", TABLES.strongVerbs)).toBe("zusammenkommen");
  });

  it("takes the zu out of a separable verb's infinitive (auszuschliessen → ausschliessen)", () => {
    expect(verbBase("auszuschliessen", TABLES.strongVerbs)).toBe("ausschliessen");
    expect(verbBase("anzuerkennen", TABLES.strongVerbs)).toBe("anerkennen");
  });

  it("joins the particle a question ends on to its finite verb (Macht … mit? → mitmachen)", () => {
    expect(joinSeparable("mit", "macht", TABLES.strongVerbs)[0]).toBe("mitmachen");
    expect(joinSeparable("ein", "lasst", TABLES.strongVerbs)).toEqual(["einlassen"]);
    expect(joinSeparable("teil", "nimmt", TABLES.strongVerbs)).toEqual(["teilnehmen"]);
    expect(joinSeparable("ab", "handelt", TABLES.strongVerbs)[0]).toBe("abhandeln");
    expect(joinSeparable("putin", "macht", TABLES.strongVerbs)).toEqual([]);
  });

  it("tries both readings of an -st ending: of the form (machst) or of the stem (löst, passt)", () => {
    expect(joinSeparable("mit", "machst", TABLES.strongVerbs)).toContain("mitmachen");
    expect(joinSeparable("auf", "lost", TABLES.strongVerbs)).toContain("auflosen");
    expect(joinSeparable("an", "passt", TABLES.strongVerbs)).toContain("anpassen");
  });

  it("leaves words alone that are not such forms", () => {
    for (const word of ["treffen", "waffenruhe", "ukraine", "gegen", "gern", "ausser"])
      expect(verbBase(word, TABLES.strongVerbs)).toBeUndefined();
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
    expect(verbBase("traf", TABLES.strongVerbs)).toBe("treffen");
    expect(verbBase("getroffen", TABLES.strongVerbs)).toBe("treffen");
    expect(verbBase("begonnen", TABLES.strongVerbs)).toBe("beginnen");
  });

  it("keeps the separable particle (Teilnahme → teilnehmen, ausgeschlossen → ausschliessen)", () => {
    expect(verbBase("teilnahme", TABLES.strongVerbs)).toBe("teilnehmen");
    expect(verbBase("ausgeschlossen", TABLES.strongVerbs)).toBe("ausschliessen");
  });

  it("rejects a malformed list line with the file, the line and the expected shape", () => {
    expect(() => parseStrongVerbs("treffen = traf\nnehmen nahm\n", "verbs.txt")).toThrow(
      "verbs.txt:2: expected `infinitive = form, form`.",
    );
  });
});
