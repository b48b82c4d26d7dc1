/**
 * The bot end to end: the real discord.js client, logged in to a fake Discord on 127.0.0.1,
 * answering what a user does in a channel.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/engine/engine.ts";
import {
  buttonsOf as buttons,
  type Harness,
  isEphemeral,
  NO_RATE_LIMIT,
  startHarness,
} from "../support/bot-harness.ts";
import { fixtureArticle } from "../support/fixtures.ts";
import { TABLES } from "../support/tables.ts";

const realEngine = createEngine([fixtureArticle("seed")], TABLES);
// An engine that fails on one question, to see how the bot handles a bug in the engine.
const engine: Engine = {
  ...realEngine,
  ask: (q, o) =>
    q === "explode"
      ? (() => {
          throw new Error("engine bug");
        })()
      : realEngine.ask(q, o),
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness(engine, { rateLimit: NO_RATE_LIMIT });
});
afterAll(async () => {
  await h?.stop();
});

describe("/section", () => {
  it("shows the section a person means, with heading, paragraphs and the article in the footer", async () => {
    const reply = await (
      await h.fake.sendSlashCommand({ name: "section", options: { name: "Europeans" } })
    ).waitForReply();
    const [embed] = reply.embeds;
    expect(embed?.title).toBe("3. Europäer wollen erst Waffenruhe");
    expect(embed?.description).toMatch(/^\*\*¶1\*\* Zu den Forderungen aus Europa/);
    expect(embed?.footer?.text).toBe(
      "US-Präsident Trump und Kremlchef Putin treffen sich in Alaska · 2025-08-15 · dpa · Page 1/2",
    );
    expect(isEphemeral(reply)).toBe(false);
    expect(reply.allowed_mentions).toEqual({ parse: [] });
  });

  it("answers an unknown section privately, with the table of contents", async () => {
    const reply = await (
      await h.fake.sendSlashCommand({ name: "section", options: { name: "99" } })
    ).waitForReply();
    expect(isEphemeral(reply)).toBe(true);
    expect(reply.content).toBe('No section matches "99".');
    expect(reply.embeds[0]?.description).toContain("Einleitung");
  });

  it("autocompletes headings within Discord's limits", async () => {
    const handle = await h.fake.sendAutocomplete({ name: "section", options: { name: "Euro" } });
    const callback = await handle.waitForResponse();
    const choices = (callback.data as { choices: { name: string; value: string }[] }).choices;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices[0]?.name).toBe("3. Europäer wollen erst Waffenruhe");
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
  });
});

describe("/quote", () => {
  it("returns only Trump's quotes, exact, each with its section and paragraph", async () => {
    const reply = await (
      await h.fake.sendSlashCommand({ name: "quote", options: { "speaker-or-topic": "Trump" } })
    ).waitForReply();
    const [embed] = reply.embeds;
    expect(embed?.title).toBe("Quotes by Donald Trump");
    expect(embed?.description).toMatch(/^\*\*1\.\*\* „Gebietstausch“\nSorge vor Gebietsabtretungen · ¶1/);
    // A speaker query lists no other speaker: the speaker line appears only for topic queries.
    expect(embed?.description).not.toContain("— **");
  });

  it("says who said each quote about a term", async () => {
    const reply = await (
      await h.fake.sendSlashCommand({ name: "quote", options: { "speaker-or-topic": "Deal" } })
    ).waitForReply();
    expect(reply.embeds[0]?.title).toBe('Quotes about "Deal"');
    expect(reply.embeds[0]?.description).toContain("— **Donald Trump**");
  });

  it("autocompletes speakers", async () => {
    const handle = await h.fake.sendAutocomplete({ name: "quote", options: { "speaker-or-topic": "Pu" } });
    const { choices } = (await handle.waitForResponse()).data as {
      choices: { name: string; value: string }[];
    };
    expect(choices.map((c) => c.value)).toContain("Wladimir Putin");
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
  });
});

describe("/ask", () => {
  it("answers compactly: attribution, then the best sentence with the matched words underlined", async () => {
    const reply = await (
      await h.fake.sendSlashCommand({ name: "ask", options: { question: "Friedensnobelpreis" } })
    ).waitForReply();
    const description = reply.embeds[0]?.description ?? "";
    expect(description).toMatch(
      /^\*\*1\. Wie geht es nach Alaska weiter\? · ¶2\*\*\n> Er will den __Friedensnobelpreis__ bekommen\./,
    );
  });

  it("shows the whole passage behind a button, with the best sentence in bold", async () => {
    const reply = await (
      await h.fake.sendSlashCommand({ name: "ask", options: { question: "Friedensnobelpreis" } })
    ).waitForReply();
    const show = buttons(reply).find((b) => b.label === "Show passage");
    const click = await h.fake.sendComponent({ customId: show?.custom_id ?? "", message: reply });
    const full = await click.waitForReply((m) =>
      (m.embeds[0]?.description ?? "").includes("Seit Februar 2022"),
    );
    expect(full.embeds[0]?.description).toContain("**Er will den __Friedensnobelpreis__ bekommen.**");
    expect(buttons(full).map((b) => b.label)).toContain("Show less");
  });

  it("offers more results on a button; anyone else who presses it gets a private copy", async () => {
    const handle = await h.fake.sendSlashCommand({
      name: "ask",
      options: { question: "Trump Putin Treffen" },
    });
    const reply = await handle.waitForReply();
    const [previous, more] = buttons(reply);
    expect(previous?.disabled).toBe(true);
    expect(more?.label).toBe("More results");

    const stranger = h.fake.makeUser({ username: "stranger" });
    const copy = await (
      await h.fake.sendComponent({ customId: more?.custom_id ?? "", message: reply, user: stranger })
    ).waitForReply();
    expect(isEphemeral(copy)).toBe(true);
    expect(copy.embeds[0]?.description).toMatch(/^\*\*4\./);
    expect(h.fake.message(reply.id)?.embeds[0]?.description).toMatch(/^\*\*1\./);

    const click = await h.fake.sendComponent({ customId: more?.custom_id ?? "", message: reply });
    const page2 = await click.waitForReply((m) => (m.embeds[0]?.description ?? "").startsWith("**4."));
    expect(page2.embeds[0]?.footer?.text).toMatch(/Page 2\/2$/);
  });

  it("says when the article does not say, and marks the passages it shows as related", async () => {
    for (const [locale, title, note] of [
      ["en-US", /^The article does not say: /, /^\*Closest passages \(related, not an answer\):\*/],
      ["de", /^Dazu steht nichts im Artikel: /, /^\*Die nächsten Absätze \(verwandt, keine Antwort\):\*/],
    ] as const) {
      const reply = await (
        await h.fake.sendSlashCommand({ name: "ask", options: { question: "Wie alt ist Putin?" }, locale })
      ).waitForReply();
      expect(reply.embeds[0]?.title).toMatch(title);
      expect(reply.embeds[0]?.description).toMatch(note);
    }
  });

  it("gives a private hint with an example for a question of only spaces", async () => {
    const reply = await (
      await h.fake.sendSlashCommand({ name: "ask", options: { question: "   " } })
    ).waitForReply();
    expect(isEphemeral(reply)).toBe(true);
    expect(reply.content).toMatch(/e\.g\. `\/ask [^`]+`/);
  });

  it("answers in German for a German Discord client, leaving the article as it is", async () => {
    const reply = await (
      await h.fake.sendSlashCommand({ name: "ask", options: { question: " " }, locale: "de" })
    ).waitForReply();
    expect(reply.content).toMatch(/^Stelle eine Frage zum Artikel/);
  });

  it("rejects an over-long question with a private, specific message", async () => {
    const reply = await (
      await h.fake.sendSlashCommand({ name: "ask", options: { question: "Krieg ".repeat(80) } })
    ).waitForReply();
    expect(isEphemeral(reply)).toBe(true);
    expect(reply.content).toBe('Option "question" of /ask: Keep it under 300 characters.');
  });

  it("never pings: what a user types is escaped and allowed_mentions is empty", async () => {
    const reply = await (
      await h.fake.sendSlashCommand({ name: "ask", options: { question: "@everyone <@123> **zzqx**" } })
    ).waitForReply();
    expect(reply.allowed_mentions).toEqual({ parse: [] });
    expect(reply.content).toContain("\\*\\*zzqx\\*\\*");
  });
});

describe("echoing what users type", () => {
  it("escapes markdown and masked links in titles, so a question renders as typed", async () => {
    const question = "Waffenruhe [click](https://evil.example) **bold** # heading";
    const reply = await (
      await h.fake.sendSlashCommand({ name: "ask", options: { question } })
    ).waitForReply();
    const title = reply.embeds[0]?.title ?? "";
    expect(title).toContain("\\[click](");
    expect(title).not.toContain(" **bold**");
    expect(title).toContain("\\*\\*bold\\*\\*");
  });
});

describe("failures", () => {
  it("tells the user privately when the engine fails, and logs the error with a correlation id", async () => {
    const reply = await (
      await h.fake.sendSlashCommand({ name: "ask", options: { question: "explode" } })
    ).waitForReply();
    expect(isEphemeral(reply)).toBe(true);
    const ref = /\(ref (\w+)\)/.exec(reply.content ?? "")?.[1];
    expect(ref).toBeDefined();
    expect(h.logs.some((l) => l.ref === ref && l.msg === "interaction failed" && l.level === 50)).toBe(true);
  });

  it("says so for a command it does not know", async () => {
    const reply = await (await h.fake.sendSlashCommand({ name: "frobnicate" })).waitForReply();
    expect(isEphemeral(reply)).toBe(true);
    expect(reply.content).toBe("I don't know the command /frobnicate. Try /help.");
  });

  it("says a stale button has expired", async () => {
    const reply = await (await h.fake.sendComponent({ customId: "page:gone:1" })).waitForReply();
    expect(isEphemeral(reply)).toBe(true);
    expect(reply.content).toMatch(/These buttons have expired/);
  });

  it("delivers the answer once after a 429 with retry_after on the callback", async () => {
    h.fake.failNext({ method: "POST", path: /\/callback$/ }, { status: 429, retryAfter: 0.2 });
    const handle = await h.fake.sendSlashCommand({ name: "sections" });
    const reply = await handle.waitForReply();
    expect(reply.embeds[0]?.title).toBe("Sections");
    const callbacks = h.fake.requests.filter(
      (r) => r.path.startsWith(`/interactions/${handle.id}/`) && r.status < 300,
    );
    expect(callbacks).toHaveLength(1);
  });

  it("survives persistent 500s on the callback, logs them, and answers the next command", async () => {
    h.fake.failNext({ method: "POST", path: /\/callback$/ }, { status: 500, times: 4 });
    await h.fake.sendSlashCommand({ name: "sections" });
    await expect
      .poll(() =>
        h.logs
          .filter((l) => l.msg === "interaction failed")
          .map((l) => (l.err as { status?: number }).status),
      )
      .toContain(500);
    const reply = await (await h.fake.sendSlashCommand({ name: "help" })).waitForReply();
    expect(reply.embeds[0]?.title).toBe("How to use article-bot");
  });

  it("never writes an interaction token to the logs, even in a failed request's error", async () => {
    h.fake.failNext({ method: "POST", path: /\/callback$/ }, { status: 500, times: 4 });
    const handle = await h.fake.sendSlashCommand({ name: "sections" });
    await expect
      .poll(() => h.logs.filter((l) => l.msg === "interaction failed" && l.interaction === handle.id).length)
      .toBeGreaterThan(0);
    expect(JSON.stringify(h.logs)).not.toContain(handle.token);
    expect(JSON.stringify(h.logs)).toContain("[redacted]");
  });

  it("resumes after the gateway drops and still answers", async () => {
    await h.fake.dropConnection(4000);
    await h.fake.waitForResume();
    const reply = await (
      await h.fake.sendSlashCommand({ name: "section", options: { name: "2" } })
    ).waitForReply();
    expect(reply.embeds[0]?.title).toBe("2. Sorge vor Gebietsabtretungen");
  });
});

describe("mentions and DMs", () => {
  it("answers a question that mentions the bot, as a reply that pings nobody", async () => {
    const question = await h.fake.sendMessage({
      content: "what does Merz demand? @everyone",
      mentionsBot: true,
    });
    const reply = await h.fake.waitForChannelMessage((m) => m.message_reference?.message_id === question.id);
    expect(reply.embeds[0]?.description).toContain("Europäer wollen erst Waffenruhe");
    expect(reply.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it("answers a DM", async () => {
    const question = await h.fake.sendMessage({ content: "Friedensnobelpreis", dm: true });
    const reply = await h.fake.waitForChannelMessage((m) => m.message_reference?.message_id === question.id);
    expect(reply.embeds[0]?.description).toContain("Friedensnobelpreis");
  });

  it("ignores channel messages that do not mention it", async () => {
    const before = h.fake.channelMessages.length;
    await h.fake.sendMessage({ content: "just chatting" });
    await new Promise((r) => setTimeout(r, 200));
    expect(h.fake.channelMessages.length).toBe(before);
  });
});

describe("load", () => {
  it("answers 200 concurrent interactions, each exactly once", async () => {
    const handles = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        h.fake.sendSlashCommand({ name: "ask", options: { question: i % 2 ? "Waffenruhe" : "Selenskyj" } }),
      ),
    );
    const replies = await Promise.all(handles.map((handle) => handle.waitForReply(undefined, 15_000)));
    expect(replies.every((r) => (r.embeds[0]?.description ?? "").length > 0)).toBe(true);
    for (const handle of handles)
      expect(handle.responses.filter((r) => r.kind === "callback")).toHaveLength(1);
  }, 30_000);
});
