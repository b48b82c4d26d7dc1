/**
 * GIVEN any article (headings and paragraphs of any length and content) and any text a user types
 * WHEN any command answers it, or autocompletes it
 * THEN every payload, as the guard sends it, is inside Discord's limits (checked by the same
 * rules the fake Discord enforces: lengths, counts, the 6,000-character total, valid UTF-16).
 *
 * Render level, so it is fast: 50 random articles × 200 random inputs = 10,000 cases per command.
 * test/discord/limits.e2e.test.ts sends a smaller number through the fake Discord and the real client.
 * Used by test/discord/limits-*.property.test.ts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Command, CommandContext } from "../../commands/contract.ts";
import { invoke, suggest } from "../../commands/invoke.ts";
import { COMMANDS } from "../../commands/registry.ts";
import { choicesOf } from "../../src/discord/choices.ts";
import { fitChoices, fitMessage } from "../../src/discord/fit.ts";
import { renderView } from "../../src/discord/render.ts";
import { createEngine } from "../../src/engine/engine.ts";
import { arbitraryArticle, arbitraryInput } from "./arbitrary-article.ts";
import { checkChoices, checkMessageBody } from "./fake-discord/message-rules.ts";
import { TABLES } from "./tables.ts";

const ARTICLES = 50;
const INPUTS_PER_ARTICLE = 200;

/** Random values for a command's options: strings from the user (sometimes over the declared length), numbers, flags. */
function optionsFor(command: Command, texts: readonly string[], seed: number): Record<string, unknown> {
  return Object.fromEntries(
    command.options.map((o, i) => {
      const text = texts[(seed + i) % texts.length] ?? "";
      if (o.type === "string") return [o.name, text];
      if (o.type === "integer") return [o.name, ((seed * 7919) % 40) - 5];
      if (o.type === "boolean") return [o.name, seed % 2 === 0];
      return [o.name, "123456789012345678"];
    }),
  );
}

function problemsOf(where: string, payload: { content?: string; embeds?: unknown[] }): string[] {
  const invalid = checkMessageBody(fitMessage(payload as never), [], { requireContent: true });
  return invalid ? [`${where}: ${JSON.stringify(invalid.body).slice(0, 600)}`] : [];
}

/** The property for each named command (split over files so vitest runs them in parallel). */
export function limitsPropertyFor(names: readonly string[]): void {
  describe("GIVEN any article and any user text", () => {
    for (const command of COMMANDS.filter((c) => names.includes(c.name))) {
      it(`THEN every /${command.name} answer and autocompletion fits Discord's limits (${ARTICLES * INPUTS_PER_ARTICLE} cases)`, () => {
        let cases = 0;
        fc.assert(
          fc.property(
            arbitraryArticle(),
            fc.array(arbitraryInput(), { minLength: 20, maxLength: 20 }),
            (article, inputs) => {
              const engine = createEngine([article], TABLES);
              const texts = [...inputs, article.title, article.id, ...article.sections.map((s) => s.title)];
              const problems: string[] = [];
              for (let n = 0; n < INPUTS_PER_ARTICLE; n++) {
                const locale = n % 2 === 0 ? "en" : "de";
                const context: CommandContext = { engine, locale, commands: COMMANDS };
                const raw = optionsFor(command, texts, n);
                const rendered = renderView(invoke(command, context, raw), locale);
                const where = `/${command.name} ${JSON.stringify(raw).slice(0, 200)}`;
                for (let i = 0; i < rendered.pageCount; i++)
                  for (const full of rendered.details ? [false, true] : [false])
                    problems.push(
                      ...problemsOf(`${where} page ${i}${full ? " (full)" : ""}`, rendered.page(i, full)),
                    );
                for (const option of command.options.filter((o) => o.autocomplete || o.name === "article")) {
                  const partial = String(raw[option.name] ?? "");
                  const choices = fitChoices(
                    choicesOf(suggest(command, context, option.name, partial), locale),
                  );
                  const invalid = checkChoices({ choices });
                  if (invalid)
                    problems.push(`${where} autocomplete ${option.name}: ${JSON.stringify(invalid.body)}`);
                }
                cases++;
              }
              expect(problems.slice(0, 3)).toEqual([]);
            },
          ),
          { numRuns: ARTICLES },
        );
        expect(cases).toBeGreaterThanOrEqual(10_000);
      }, 300_000);
    }
  });
}
