/**
 * The locales the bot speaks, one phrase table each. Adding a language: copy `en.ts` to
 * `<code>.ts` (the Discord locale code, e.g. `fr`), translate it, and list it here.
 */
import { de } from "./de.ts";
import { en, type PhraseKey, type Phrases } from "./en.ts";

export type { PhraseKey, Phrases } from "./en.ts";

/** Every phrase table by locale code; English is the fallback. */
export const LOCALES = { en, de } as const satisfies Record<string, Phrases>;

export type Locale = keyof typeof LOCALES;

/** The value a placeholder is filled with. */
export type PhraseValue = string | number;

/** `locale` for a client locale such as `de` or `en-GB`: its language if the bot speaks it, else English. */
export function localeOf(clientLocale: string | null | undefined): Locale {
  const language = clientLocale?.toLowerCase().split("-")[0] ?? "";
  return language in LOCALES ? (language as Locale) : "en";
}

/** The phrase `key` in `locale` with its `{placeholders}` filled, each value passed through `encode`. */
export function phrase(
  locale: Locale,
  key: PhraseKey,
  values: Readonly<Record<string, PhraseValue>> = {},
  encode: (value: string) => string = (value) => value,
): string {
  return fillPlaceholders(LOCALES[locale][key], values, encode);
}

/** `template` with each `{name}` replaced by the encoded value (an unknown placeholder stays as it is). */
export function fillPlaceholders(
  template: string,
  values: Readonly<Record<string, PhraseValue>>,
  encode: (value: string) => string,
): string {
  return template.replace(/\{([\w-]+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : encode(String(value));
  });
}

/** The placeholders a template uses, sorted: what every locale's version of a phrase must share. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{([\w-]+)\}/g)].map((m) => m[1] ?? "").sort();
}

/** A command's or option's name or description in `locale` (`command.ask.description`); the name if none. */
export function declaredText(
  locale: Locale,
  kind: "command" | "option",
  name: string,
  field: "name" | "description",
): string {
  const key = `${kind}.${name}.${field}`;
  const table: Readonly<Record<string, string>> = LOCALES[locale];
  const fallback: Readonly<Record<string, string>> = LOCALES.en;
  return table[key] ?? fallback[key] ?? name;
}
