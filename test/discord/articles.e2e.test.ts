/** Several articles in the corpus: the `article` option, and answers that say which article they are from. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/engine.ts";
import { type Harness, isEphemeral, NO_RATE_LIMIT, startHarness } from "../support/bot-harness.ts";
import { fixtureArticle } from "../support/fixtures.ts";
import { TABLES } from "../support/tables.ts";

const seed = fixtureArticle("seed");
const fiction = fixtureArticle("fiction");
let h: Harness;
beforeAll(async () => {
  h = await startHarness(createEngine([seed, fiction], TABLES), {
    rateLimit: NO_RATE_LIMIT,
  });
});
afterAll(async () => {
  await h?.stop();
});

describe("GIVEN two articles in the corpus", () => {
  it("registers an optional, autocompleted article option", () => {
    const ask = h.fake.commands.global.find((c) => c.name === "ask");
    expect(ask?.options?.find((o) => o.name === "article")).toMatchObject({
      required: false,
      autocomplete: true,
    });
  });

  it("lists each article's sections under its title", async () => {
    const reply = await (await h.fake.sendSlashCommand({ name: "sections" })).waitForReply();
    const description = reply.embeds[0]?.description ?? "";
    expect(description).toContain(`__${seed.title}__`);
    expect(description).toContain(`__${fiction.title}__`);
  });

  it("restricts an answer to the article picked", async () => {
    const reply = await (
      await h.fake.sendSlashCommand({ name: "section", options: { name: "1", article: fiction.id } })
    ).waitForReply();
    expect(reply.embeds[0]?.footer?.text).toContain(fiction.title);
  });

  it("autocompletes article ids", async () => {
    const handle = await h.fake.sendAutocomplete({
      name: "ask",
      options: { question: "x", article: "wind" },
      focused: "article",
    });
    const { choices } = (await handle.waitForResponse()).data as {
      choices: { name: string; value: string }[];
    };
    expect(choices.map((c) => c.value)).toEqual([fiction.id]);
  });

  it("says clearly when the article picked is not (or no longer) in the corpus", async () => {
    const reply = await (
      await h.fake.sendSlashCommand({
        name: "ask",
        options: { question: "Putin", article: "removed-article" },
      })
    ).waitForReply();
    expect(isEphemeral(reply)).toBe(true);
    expect(reply.content).toMatch(/There is no article "removed-article"/);
  });

  it("shows /about one article a page", async () => {
    const reply = await (await h.fake.sendSlashCommand({ name: "about" })).waitForReply();
    expect(reply.embeds).toHaveLength(1);
    expect(reply.components?.length).toBe(1);
  });
});
