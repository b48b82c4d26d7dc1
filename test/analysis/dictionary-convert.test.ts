import { describe, expect, it } from "vitest";
import { convertDing } from "../../src/analysis/dictionary-convert.ts";

/** Ding lines as the real file has them (shortened), one feature or two each. */
const DING = [
  "# Version :: test 2023-01-30",
  "# License :: GPL Version 2 or later; GNU General Public License",
  "Kind {n} | Kinder {pl} | Kinder im Alter von drei Jahren :: child; bairn [Sc.] | children; bairns | children aged three",
  "sterben {vi} [biol.] [med.] | sterbend | gestorben | du stirbst | er/sie stirbt | ich/er/sie starb | stirb! | jung sterben | eines natürlichen Todes sterben :: to die {died; died} | dying | died | you die | he/she dies | I/he/she died | die! | to die young | to die a natural death",
  "eingehen {vi} [ugs.] (sterben) (Haustiere) | eingehend | eingegangen :: to die (of pet animals) | dying | died",
  "Würfel {m} | Würfel {pl} :: die; dice | dice",
  "Warschau (Hauptstadt von Polen) [geogr.] :: Warsaw (capital of Poland) <Warszawa>",
  "Kanaren {pl}; Kanarische Inseln [geogr.] :: Canaries; Canary Islands",
  "Heinrich der Löwe [hist.] :: Henry the Lion",
  "Beginn {m}; Anfang {m}; Start {m} [ugs.]; Auftakt {m} | am Anfang :: beginning; start | at the beginning",
  "Baubeginn {m}; Beginn der Bauarbeiten (an etw.) [constr.] :: start of construction; start of building work (on sth.)",
  "Radiowelle {f}; Funkwelle {f} | Radiowellen {pl}; Funkwellen {pl} :: radio wave | radio waves",
  "körperlich; leiblich {adj} | körperliche Züchtigung :: corporal | corporal punishment",
  "Ankerwelle {f} [techn.] :: armature spindle",
  "gestorben /gest./ :: died; deceased /d./; obiit /ob./",
  "auf jdn. aufpassen {vi} :: to take care of sb.",
  "z. B. :: e.g.",
  "Das ist ein sehr langer deutscher Satz ohne Ende :: this is a very long English sentence",
  "Pole {m}; Polin {f} :: Pole",
  "Stange {f}; Pfahl {m} :: pole",
  "kaputt :: broken | kaputt",
  "ohne Pipe-Ausrichtung | zwei :: unaligned",
].join("\n");

const table = convertDing(DING);
const entry = (headword: string) =>
  table
    .split("\n")
    .find((l) => l.startsWith(`${headword} = `))
    ?.slice(headword.length + 3);

describe("converting Ding to the English→German table", () => {
  it("opens with Ding's version, copyright and licence", () => {
    expect(table).toMatch(
      /^# .*\n# .*\n# Source: Ding, .*version test 2023-01-30, https:\/\/dict\.tu-chemnitz\.de\//,
    );
    expect(table).toContain("# Copyright (c) Frank Richter");
    expect(table).toContain("GNU General Public License, version 2 or (at your option) any later version");
  });

  it("gives each aligned sub-entry's English its own German (inflected forms and phrases)", () => {
    expect(entry("child")).toBe("Kind");
    expect(entry("children")).toBe("Kinder");
    expect(entry("corporal punishment")).toBe("körperliche Züchtigung");
    expect(entry("corporal")).toBe("körperlich; leiblich {adj}");
  });

  it("keeps a sub-entry's synonyms together as one sense, grammar, glosses and variants stripped", () => {
    expect(entry("canary islands")).toBe("Kanaren; Kanarische Inseln {name} [geogr.]");
    expect(entry("radio wave")).toBe("Radiowelle; Funkwelle");
    expect(entry("warsaw")).toBe("Warschau {name} [geogr.]");
  });

  it("keeps proper names and persons, marked as names", () => {
    expect(entry("henry the lion")).toBe("Heinrich der Löwe {name} [hist.]");
    expect(entry("pole")).toBe("Pole; Polin {name} | Stange; Pfahl");
  });

  it("ranks general senses first, a core word's domain label aside, register-labelled last", () => {
    // sterben has many sub-entries: a core word; eingehen is colloquial and glossed (pets).
    expect(entry("die")).toBe("sterben {verb} [biol.] [med.] | Würfel | eingehen {verb} [ugs.]");
  });

  it("merges the senses one Ding line gives a headword and drops words an earlier sense has", () => {
    expect(entry("died")).toBe("gestorben | sterben; starb {verb} [biol.] [med.] | eingegangen [ugs.]");
    expect(entry("dies")).toBe("stirbt [biol.] [med.]");
  });

  it("takes conjugated forms without their pronouns and drops forms equal to the head", () => {
    expect(table).not.toMatch(/^(you die|he|i) /m);
    expect(entry("die")).not.toContain("stirbst");
  });

  it("moves a word with its own register label to the end of its sense", () => {
    expect(entry("beginning")).toBe("Beginn; Anfang; Auftakt; Start");
    expect(entry("start")).toBe("Beginn; Anfang; Auftakt; Start");
  });

  it("keeps phrases of up to four words from a line's head, two from its other sub-entries", () => {
    expect(entry("start of construction")).toBe("Baubeginn; Beginn der Bauarbeiten [constr.]");
    expect(entry("die young")).toBe("jung sterben {verb} [biol.] [med.]");
    expect(entry("die a natural death")).toBeUndefined();
    expect(entry("children aged three")).toBeUndefined();
    expect(entry("at the beginning")).toBeUndefined();
  });

  it("finds a phrase's plural by its singular: only the singular is kept", () => {
    expect(entry("radio waves")).toBeUndefined();
  });

  it("adds English irregular forms from the grammar braces", () => {
    expect(table).toContain("\ndied = ");
  });

  it("removes placeholders, with the German words a placeholder splits off", () => {
    expect(entry("take care of")).toBe("aufpassen {verb}");
  });

  it("drops abbreviations, sentences, science-only phrases, English variety labels and misaligned lines", () => {
    expect(entry("e.g.")).toBeUndefined();
    expect(table).not.toContain("Satz");
    expect(entry("armature spindle")).toBeUndefined();
    expect(entry("deceased")).toBe("gestorben");
    expect(entry("bairn")).toBe("Kind");
    expect(entry("unaligned")).toBeUndefined();
  });

  it("sorts headwords by code unit and writes the same table twice", () => {
    const headwords = table
      .split("\n")
      .filter((l) => l && !l.startsWith("#"))
      .map((l) => l.split(" = ")[0] ?? "");
    expect(headwords).toEqual([...headwords].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(convertDing(DING)).toBe(table);
  });
});
