import { describe, expect, it } from "vitest";
import { quotesOf } from "./helpers.ts";

describe("direct speech", () => {
  it("finds a whole-sentence quote in every German quotation style, with its speaker", () => {
    for (const [open, close] of [
      ["„", "“"],
      ['"', '"'],
      ["»", "«"],
      ["«", "»"],
    ]) {
      expect(quotesOf(`${open}Wir schaffen das${close}, sagte Bundeskanzlerin Angela Merkel.`)).toEqual([
        ["direct", "Angela Merkel", "Wir schaffen das"],
      ]);
    }
  });

  it("takes the speaker from a colon clause before the quote", () => {
    expect(quotesOf("Der Landrat Peter Meier sagte: „Wir tun alles, was möglich ist.“")).toEqual([
      ["direct", "Peter Meier", "Wir tun alles, was möglich ist."],
    ]);
  });

  it("gives both halves of an interrupted quote the same speaker", () => {
    expect(quotesOf("Karl Vogt (SPD) sprach zuerst. „Wir werden“, sagte Vogt, „nicht aufgeben.“")).toEqual([
      ["direct", "Karl Vogt", "Wir werden"],
      ["direct", "Karl Vogt", "nicht aufgeben."],
    ]);
  });

  it("gives a quoted fragment the subject of its sentence: X hatte Y mit „…“ gedroht is X's", () => {
    const paragraph =
      "Innenministerin Eva Roth und Landrat Jan Ott (CDU) stritten. Zuletzt hatte Roth Ott mit „ernsten Folgen“ gedroht.";
    expect(quotesOf(paragraph)).toEqual([["direct", "Eva Roth", "ernsten Folgen"]]);
  });

  it("gives a fragment after a dative object to the subject, not the object", () => {
    const paragraph =
      "Die Bürgermeisterin Karin Lang (parteilos) und Stadtrat Uwe Bach (SPD) sind uneins. Bach hatte der Bürgermeisterin mit einer „harten Antwort“ gedroht.";
    expect(quotesOf(paragraph)).toEqual([["direct", "Uwe Bach", "harten Antwort"]]);
  });

  it("gives a nested quote the subject of its clause inside the outer quote", () => {
    const paragraph =
      "Oppositionsführer Max Kern sagte: „Der Sprecher der Firma hat uns ‚volle Transparenz‘ versprochen.“";
    expect(quotesOf(paragraph)).toEqual([
      ["direct", "Max Kern", "Der Sprecher der Firma hat uns ‚volle Transparenz‘ versprochen."],
      ["direct", "Sprecher der Firma", "volle Transparenz"],
    ]);
  });

  it("lets a quote standing alone continue the previous speaker of the paragraph", () => {
    expect(quotesOf("»Es ist laut«, sagte die Anwohnerin Ute Kahl. »Nachts schlafen wir kaum.«")).toEqual([
      ["direct", "Ute Kahl", "Es ist laut"],
      ["direct", "Ute Kahl", "Nachts schlafen wir kaum."],
    ]);
  });

  it("leaves a quote by somebody (jemand) unattributed", () => {
    expect(quotesOf("„Ihr verkauft unser Tal!“, rief jemand von der Tribüne.")).toEqual([
      ["direct", null, "Ihr verkauft unser Tal!"],
    ]);
  });

  it("gives a passive clause's quote to the agent after `von`, or to nobody", () => {
    expect(quotesOf("Kanzler Olaf Brand (SPD) wurde von Udo Kern (CDU) als „Zauderer“ bezeichnet.")).toEqual([
      ["direct", "Udo Kern", "Zauderer"],
    ]);
    expect(quotesOf("Kanzler Olaf Brand (SPD) wurde als „Zauderer“ bezeichnet.")).toEqual([
      ["direct", null, "Zauderer"],
    ]);
  });

  it("finds a quote between a verb and its particle (`warf ihm „…“ vor`)", () => {
    expect(quotesOf("CDU-Chef Franz-Josef Kern warf dem Minister „Panikmache“ vor.")).toEqual([
      ["direct", "Franz-Josef Kern", "Panikmache"],
    ]);
  });

  it("takes a quoted title of several capitalised words for a name even beside `sagte`", () => {
    expect(quotesOf("„Wir sind bereit“, sagte Minister Jan Ott der „Bild am Sonntag“.")).toEqual([
      ["direct", "Jan Ott", "Wir sind bereit"],
    ]);
  });

  it("does not take a quoted name for speech", () => {
    expect(quotesOf("Kühn gründete die Bürgerinitiative „Gegenwind Ellertal“ mit.")).toEqual([]);
  });
});

describe("pronouns and roles", () => {
  it("resolves `sagte sie` to the woman the previous sentence names", () => {
    expect(
      quotesOf(
        "Die Bürgermeisterin der Stadt, Sabine Roth (parteilos), verteidigte den Plan. „Wir halten Kurs“, sagte sie.",
      ),
    ).toEqual([["direct", "Sabine Roth", "Wir halten Kurs"]]);
  });

  it("resolves `sagte er` past a man mentioned after a preposition", () => {
    expect(
      quotesOf(
        "Kanzler Olaf Brand (SPD) traf sich mit dem Präsidenten. Er räumte ein, dass es schwierig werde. „Wir reden weiter“, sagte er.",
      ),
    ).toEqual([
      ["indirect", "Olaf Brand", "es schwierig werde"],
      ["direct", "Olaf Brand", "Wir reden weiter"],
    ]);
  });

  it("leaves the speaker open when two people fit the pronoun", () => {
    expect(
      quotesOf("Anna Berg (Grüne) und Eva Klein (CDU) stritten. Sie sagte, das sei ein Skandal."),
    ).toEqual([["indirect", null, "das sei ein Skandal"]]);
    expect(
      quotesOf("Minister Jan Ott (SPD) traf Kanzler Udo Brand (CDU). „Wir sind uns einig“, sagte er."),
    ).toEqual([["direct", null, "Wir sind uns einig"]]);
  });

  it("resolves a synonym of a role the text tied to a person (Rathauschefin = Bürgermeisterin)", () => {
    expect(
      quotesOf(
        "Die Bürgermeisterin Karin Lang (parteilos) lobte das Projekt.",
        "Das Geld solle in die Schule fließen, sagte die Rathauschefin.",
      ),
    ).toEqual([["indirect", "Karin Lang", "Das Geld solle in die Schule fließen"]]);
  });

  it("resolves a role synonym to the one person of its gender among those who fit", () => {
    expect(
      quotesOf(
        "Bürgermeisterin Anna Roth traf Oberbürgermeister Udo Brand.",
        "Alle seien informiert gewesen, sagte die Rathauschefin.",
      ),
    ).toEqual([["indirect", "Anna Roth", "Alle seien informiert gewesen"]]);
  });

  it("leaves a bare role open when it fits two people", () => {
    expect(
      quotesOf(
        "Der US-Präsident Joe Biden und der russische Präsident Wladimir Putin telefonierten. Der Präsident sagte, das Gespräch sei gut gewesen.",
      ),
    ).toEqual([["indirect", null, "das Gespräch sei gut gewesen"]]);
  });

  it("resolves an age description (die 67-Jährige) to the last woman mentioned", () => {
    expect(
      quotesOf(
        "Die Anwohnerin Renate Ahrens sorgt sich. Die 67-Jährige fürchtet Lärm. Sie nannte den Plan „überstürzt“.",
      ),
    ).toEqual([["direct", "Renate Ahrens", "überstürzt"]]);
  });
});

describe("indirect speech", () => {
  it("takes the clause before `, sagte X`", () => {
    expect(
      quotesOf(
        "Kanzler Udo Brand (CDU) sprach. Einen Deal werde er nicht machen, sagte Brand, der vermitteln will.",
      ),
    ).toEqual([["indirect", "Udo Brand", "Einen Deal werde er nicht machen"]]);
  });

  it("takes the clause before `, so X`", () => {
    expect(
      quotesOf(
        "Oppositionsführer Max Kern kritisierte den Plan. Die Unterlagen seien zu spät gekommen, so Kern.",
      ),
    ).toEqual([["indirect", "Max Kern", "Die Unterlagen seien zu spät gekommen"]]);
  });

  it("keeps the whole sentence when the reporting clause stands inside it", () => {
    expect(
      quotesOf(
        "Kremlchef Wladimir Putin reiste an. Eine Einigung, sagte der Kremlchef, könne Frieden schaffen.",
      ),
    ).toEqual([["indirect", "Wladimir Putin", "Eine Einigung, sagte der Kremlchef, könne Frieden schaffen"]]);
  });

  it("takes what follows `X betonte,` and `X räumte ein, dass`", () => {
    expect(quotesOf("Ein Sprecher des Unternehmens betonte, auch die Bürger sollten profitieren.")).toEqual([
      ["indirect", "Sprecher des Unternehmens", "auch die Bürger sollten profitieren"],
    ]);
    expect(quotesOf("Kanzler Udo Brand (CDU) räumte Zweifel ein, dass das Treffen etwas bringe.")).toEqual([
      ["indirect", "Udo Brand", "das Treffen etwas bringe"],
    ]);
  });

  it("attributes `laut X` and `nach Angaben des X` to X, the rest of the sentence when the phrase opens it", () => {
    expect(quotesOf("Laut Polizei wurden drei Menschen verletzt.")).toEqual([
      ["indirect", "Polizei", "wurden drei Menschen verletzt"],
    ]);
    expect(quotesOf("Eine Erklärung ist laut Kreml nicht geplant.")).toEqual([
      ["indirect", "Kreml", "Eine Erklärung ist laut Kreml nicht geplant"],
    ]);
    expect(
      quotesOf("Das Energieministerium ist zuständig. Nach Angaben des Ministeriums gab es 300 Einwände."),
    ).toEqual([["indirect", "Energieministerium", "gab es 300 Einwände"]]);
  });

  it("takes the clause before `, wie X mitteilte`, also past adverbials, and keeps it whole inside a sentence", () => {
    expect(quotesOf("Der Streik soll am Mittwoch beginnen, wie die Polizei am Dienstag mitteilte.")).toEqual([
      ["indirect", "Polizei", "Der Streik soll am Mittwoch beginnen"],
    ]);
    expect(quotesOf("Wie die Polizei am Montag mitteilte, wurden drei Menschen verletzt.")).toEqual([
      ["indirect", "Polizei", "wurden drei Menschen verletzt"],
    ]);
    expect(quotesOf("Der Streik soll, wie die Polizei mitteilte, am Mittwoch beginnen.")).toEqual([
      ["indirect", "Polizei", "Der Streik soll, wie die Polizei mitteilte, am Mittwoch beginnen"],
    ]);
  });

  it("takes what follows a reporting verb with a long particle (`hielt dagegen,`, `gab bekannt,`)", () => {
    expect(
      quotesOf("Die Vorsitzende Anna Roth hielt dagegen, gerade deshalb müssten die Löhne steigen."),
    ).toEqual([["indirect", "Anna Roth", "gerade deshalb müssten die Löhne steigen"]]);
    expect(quotesOf("Die Vorsitzende Anna Roth gab bekannt, die Löhne würden steigen.")).toEqual([
      ["indirect", "Anna Roth", "die Löhne würden steigen"],
    ]);
  });

  it("leaves `hieß es` and `nach bisherigen Angaben` unattributed", () => {
    expect(quotesOf("Die Genehmigung werde erst 2026 erwartet, hieß es.")).toEqual([
      ["indirect", null, "Die Genehmigung werde erst 2026 erwartet"],
    ]);
    expect(quotesOf("Russland will nach bisherigen Angaben zwei Gebiete.")).toEqual([
      ["indirect", null, "Russland will nach bisherigen Angaben zwei Gebiete"],
    ]);
  });

  it("attributes `hieß es aus Washington` to the US government the article names", () => {
    expect(
      quotesOf("Die US-Regierung schweigt.", "Zuvor hieß es aus Washington, das sei Sache der Europäer."),
    ).toEqual([["indirect", "US-Regierung", "das sei Sache der Europäer"]]);
  });

  it("carries reported speech on over following Konjunktiv sentences, not into the next paragraph", () => {
    expect(
      quotesOf(
        "Die Polizei teilte mit, der Verdächtige sei gefasst. Er habe sich gestellt. Die Straße ist wieder frei.",
        "Er sei geständig.",
      ),
    ).toEqual([
      ["indirect", "Polizei", "der Verdächtige sei gefasst"],
      ["indirect", "Polizei", "Er habe sich gestellt"],
    ]);
  });

  it("continues a bare speech act (`X wies die Kritik zurück.`) with the Konjunktiv sentence after it", () => {
    expect(
      quotesOf("Die Bürgermeisterin Karin Lang wies die Kritik zurück. Alle seien informiert gewesen."),
    ).toEqual([["indirect", "Karin Lang", "Alle seien informiert gewesen"]]);
  });

  it("does not take the writer's own Konjunktiv II after a direct quote for reported speech", () => {
    expect(
      quotesOf(
        "„Wir sammeln Unterschriften“, sagte Max Kern. Kommt das Begehren zustande, könnten die Bürger abstimmen.",
      ),
    ).toEqual([["direct", "Max Kern", "Wir sammeln Unterschriften"]]);
  });

  it("ignores a negated reporting clause", () => {
    expect(quotesOf("Kanzler Udo Brand (CDU) drohte. Was genau er meinte, sagte er nicht.")).toEqual([]);
  });

  it("leaves an unnamed indefinite speaker (ein Sprecher, eine Anwohnerin) unattributed", () => {
    expect(quotesOf("Eine Anwohnerin sagte, der Lärm sei unerträglich.")).toEqual([
      ["indirect", null, "der Lärm sei unerträglich"],
    ]);
  });
});
