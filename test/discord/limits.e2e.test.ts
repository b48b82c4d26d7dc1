/**
 * GIVEN random articles and random user text
 * WHEN commands and autocompletions go through the real client to the fake Discord, which refuses
 * an over-limit payload with a 400 naming the field, as Discord does
 * THEN every interaction is answered and no request is refused.
 * (The render-level property, test/support/limits-property.ts, runs 10,000 cases per command.)
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../commands/registry.ts";
import type { Article } from "../../src/corpus/article.ts";
import { createEngine } from "../../src/engine/engine.ts";
import { arbitraryArticle, arbitraryInput } from "../support/arbitrary-article.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { TABLES } from "../support/tables.ts";

const SEED = 17;
const articles = fc
  .sample(arbitraryArticle(), { numRuns: 3, seed: SEED })
  .map((a, i) => ({ ...a, id: `2025-01-0${i + 1}-random-article` }));
const inputs = [
  "Merz Waffenruhe",
  "Überschrift",
  "1",
  "\uD800 Merz",
  ...fc.sample(arbitraryInput(), { numRuns: 120, seed: SEED }),
];
/** The probe's case: headings of thousands of characters over long paragraphs, and a long source in every footer. */
const longHeadings: Article = {
  id: "2025-01-09-long-headings",
  title: `Lange Überschriften ${"sehr ".repeat(30)}`.trim(),
  date: "2025-01-09",
  source: `dpa ${"Nachrichtenagentur ".repeat(150)}`.trim(),
  language: "de",
  sections: [1, 2, 3].map((i) => ({
    index: i - 1,
    kind: i === 1 ? "lead" : "body",
    title: i === 1 ? "Einleitung" : `${"Überschrift **über** Waffenruhe ".repeat(100)}${i}`,
    paragraphs: [1, 2].map((number) => ({
      number,
      text: `„Wir wollen eine Waffenruhe“, sagte Merz. ${"Merz fordert eine Waffenruhe und __Sicherheitsgarantien__. ".repeat(80)}`.trim(),
    })),
  })),
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness(createEngine([...articles, longHeadings], TABLES), {
    rateLimit: { capacity: 10_000, refillMs: 1 },
  });
});
afterAll(async () => {
  await h?.stop();
});

describe("GIVEN random articles and user text, through the fake Discord", () => {
  it("THEN every command and autocompletion is answered and none is refused with a 400", async () => {
    const refused: string[] = [];
    for (const [n, input] of inputs.entries()) {
      const command = COMMANDS[n % COMMANDS.length];
      if (!command) continue;
      const text = n % 3 === 0 ? (longHeadings.sections.at(-1)?.title ?? input) : input;
      const options = Object.fromEntries(
        command.options
          .filter((o) => o.type === "string")
          .map((o) => [
            o.name,
            o.name === "article" && n % 2 === 0 ? longHeadings.id : text.slice(0, 6_000) || "x",
          ]),
      );
      const handle = await h.fake.sendSlashCommand({ name: command.name, options });
      await handle.waitForResponse();
      const focused = command.options.find((o) => o.autocomplete);
      if (focused) {
        const complete = await h.fake.sendAutocomplete({
          name: command.name,
          options: { [focused.name]: text.slice(0, 100) },
          focused: focused.name,
        });
        await complete.waitForResponse();
      }
    }
    for (const request of h.fake.requests.filter((r) => r.status === 400))
      refused.push(`${request.method} ${request.path}: ${JSON.stringify(request.body).slice(0, 300)}`);
    expect(refused).toEqual([]);
  });
});
