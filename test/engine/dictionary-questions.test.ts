/**
 * English questions on an article of a kind nobody wrote glossary entries for (a tram line), which
 * the general dictionary below the glossary answers: its words, its phrases before their words,
 * and an English word it knows is no typo of an article word (`start` ≠ `Stadt`).
 */
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/corpus/markdown.ts";
import { createEngine } from "../../src/engine/engine.ts";
import { TABLES } from "../support/tables.ts";

const ARTICLE = `---
id: 2026-03-02-neue-strassenbahn-nach-lindenau
title: Stadtrat beschließt Straßenbahn nach Lindenau
date: 2026-03-02
source: test
language: de
---

Leipzig bekommt eine neue Straßenbahnlinie: Der Stadtrat hat am Dienstag mit großer Mehrheit beschlossen, die Linie 9 vom Hauptbahnhof bis nach Lindenau zu verlängern.

Die neue Strecke soll den Westen der Stadt besser anbinden. Bisher fahren dort nur Busse, die im Berufsverkehr oft im Stau stehen.

## Die Strecke

Die Bahn soll auf einer Länge von 4,2 Kilometern über die Merseburger Straße fahren und sieben neue Haltestellen bekommen. An der Endhaltestelle in Lindenau entsteht ein Umsteigepunkt zu den Regionalbussen.

Die Verkehrsbetriebe rechnen mit täglich rund 18.000 Fahrgästen auf der neuen Linie. In der Hauptverkehrszeit sollen die Bahnen alle zehn Minuten fahren.

## Kosten und Finanzierung

Die Gesamtkosten werden auf 84 Millionen Euro geschätzt. Bund und Land übernehmen drei Viertel davon, den Rest trägt die Stadt aus ihrem Haushalt.

Der Kämmerer warnte, dass steigende Baupreise die Summe noch erhöhen könnten.

## Zeitplan

Der Baubeginn ist für das Frühjahr 2027 vorgesehen. Zuerst werden Leitungen im Boden verlegt, danach die Gleise.

Die ersten Fahrgäste sollen Ende 2029 mit der neuen Straßenbahn fahren können.

## Kritik der Anwohner

Anwohner der Merseburger Straße fürchten Lärm und den Wegfall von Parkplätzen. Eine Bürgerinitiative hat bereits 2.000 Unterschriften gegen die Pläne gesammelt.

Die Verkehrsbetriebe versprechen leise Fahrzeuge und Rasengleise, die den Lärm der Bahn dämpfen sollen.
`;

const engine = createEngine([parseArticle(ARTICLE, "lindenau.md")], TABLES);
const top = (question: string) => {
  const [first] = engine.ask(question).results;
  return first ? `${first.passage.sectionTitle} ¶${first.passage.paragraph}` : "nothing";
};

describe("GIVEN an article on a topic the glossary was not written for WHEN a reader asks in English", () => {
  it("THEN the start of construction is the Baubeginn, and `start` is no typo of `Stadt`", () => {
    expect(top("When does construction start?")).toBe("Zeitplan ¶1");
    const terms = engine.index.analyzer.analyzeQuery("When does construction start?");
    expect(terms.filter((t) => t.fuzzy).map((t) => t.term)).not.toContain("start");
  });

  it("THEN words only the dictionary has reach the article (residents' fears, signatures)", () => {
    expect(top("How many signatures were collected?")).toBe("Kritik der Anwohner ¶1");
    expect(top("When will the first passengers ride the tram?")).toBe("Zeitplan ¶2");
  });
});
