/** The phrase tables: one per locale, each complete, so a new language is one more file. */
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../commands/registry.ts";
import { FOR_OPTION, HIDE_OPTION } from "../../src/discord/command-data.ts";
import { LOCALES, localeOf, phrase, placeholdersOf } from "../../src/views/locales/index.ts";

const tables = Object.entries(LOCALES);
const english: Readonly<Record<string, string>> = LOCALES.en;

describe("every locale", () => {
  it.each(tables)("%s has every key of the English table, and no other", (_locale, table) => {
    expect(Object.keys(table).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(tables)("%s uses the same placeholders as English in every phrase", (_locale, table) => {
    const differing = Object.entries(table as Readonly<Record<string, string>>)
      .filter(([key, text]) => placeholdersOf(text).join() !== placeholdersOf(english[key] ?? "").join())
      .map(([key]) => key);
    expect(differing).toEqual([]);
  });

  it.each(tables)("%s names and describes every command and option", (_locale, table) => {
    const keys = new Set(Object.keys(table));
    const options = [...COMMANDS.flatMap((c) => c.options), HIDE_OPTION, FOR_OPTION];
    const missing = [
      ...COMMANDS.flatMap((c) => [`command.${c.name}.name`, `command.${c.name}.description`]),
      ...options.flatMap((o) => [`option.${o.name}.name`, `option.${o.name}.description`]),
    ].filter((key) => !keys.has(key));
    expect(missing).toEqual([]);
  });
});

describe("the English table", () => {
  it("names every command and option as they are declared", () => {
    for (const c of COMMANDS) {
      expect(english[`command.${c.name}.name`]).toBe(c.name);
      for (const o of c.options) expect(english[`option.${o.name}.name`]).toBe(o.name);
    }
  });
});

describe("phrase", () => {
  it("fills placeholders, encoding each value", () => {
    expect(phrase("en", "noSection", { query: "Wahl" }, (v) => v.toUpperCase())).toBe(
      'No section matches "WAHL".',
    );
  });

  it("leaves a placeholder without a value as it is, so a missing value shows", () => {
    expect(phrase("de", "page", { page: 2 })).toBe("Seite 2/{pages}");
  });
});

describe("localeOf", () => {
  it.each([
    ["de", "de"],
    ["de-AT", "de"],
    ["en-GB", "en"],
    ["fr", "en"],
    [undefined, "en"],
  ] as const)("maps the client locale %s to %s", (client, locale) => {
    expect(localeOf(client)).toBe(locale);
  });
});
