import { existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { InteractionResponseType } from "discord.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatArticle } from "../../src/corpus/markdown.ts";
import { createEngine } from "../../src/engine/engine.ts";
import { createEngineHolder, liveEngine } from "../../src/engine/live.ts";
import { type LiveCorpus, startLiveCorpus } from "../../src/engine/reload.ts";
import { createLogger } from "../../src/logger.ts";
import { type Harness, isEphemeral, NO_RATE_LIMIT, startHarness } from "../support/bot-harness.ts";
import { fixtureArticle, rawExport, tempCorpus } from "../support/fixtures.ts";
import { TABLES } from "../support/tables.ts";

const seed = fixtureArticle("seed");
const fiction = fixtureArticle("fiction");
const elbe = fixtureArticle("elbe");
const MAX_FILE_BYTES = 64 * 1024;

let h: Harness;
let corpus: LiveCorpus;
let dir: string;
let reloadLogs: Record<string, unknown>[];

beforeEach(async () => {
  dir = tempCorpus(["seed"]);
  const holder = createEngineHolder(createEngine([seed], TABLES));
  reloadLogs = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) reloadLogs.push(JSON.parse(line));
      done();
    },
  });
  corpus = startLiveCorpus({
    dir,
    limits: { maxFileBytes: MAX_FILE_BYTES, maxFrontMatterBytes: 16 * 1024 },
    holder,
    logger: createLogger("info", sink),
    debounceMs: 50,
  });
  h = await startHarness(liveEngine(holder), {
    rateLimit: NO_RATE_LIMIT,
    admin: { control: corpus, maxFileBytes: MAX_FILE_BYTES, downloadTimeoutMs: 5_000 },
  });
});

afterEach(async () => {
  corpus.close();
  await h.stop();
});

/** The visible reply to `/section <name>` in `article`. */
async function sectionReply(name: string, article?: string) {
  const handle = await h.fake.sendSlashCommand({
    name: "section",
    options: { name, ...(article ? { article } : {}) },
  });
  return handle.waitForReply();
}

/** Asks until `check` holds for the answer (the folder watch is asynchronous); fails after a generous while. */
async function eventually(ask: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await ask())) {
    if (Date.now() > until) throw new Error("the bot never answered as expected");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const fictionFile = () => join(dir, `${fiction.id}.md`);
const answersFiction = async () =>
  JSON.stringify((await sectionReply("2", fiction.id)).embeds).includes("Knappe Mehrheit im Gemeinderat");

describe("GIVEN the bot runs on a live corpus folder", () => {
  it("WHEN an article is dropped in THEN it is answered within seconds; a malformed file beside it changes nothing but a log line", async () => {
    writeFileSync(fictionFile(), formatArticle(fiction));
    writeFileSync(join(dir, "broken.md"), "---\nid: broken\n---\n");
    await eventually(answersFiction);
    const warned = reloadLogs.filter((l) => l.file === "broken.md");
    expect(warned).toHaveLength(1);
    expect(String(warned[0]?.msg)).toMatch(/broken\.md:\d+: /);
    const list = await (
      await h.fake.sendSlashCommand({ name: "article", subcommand: "list" })
    ).waitForReply();
    expect(list.content).toContain("Articles in the corpus (2)");
  });

  it("WHEN an article's file is removed THEN it is gone", async () => {
    writeFileSync(fictionFile(), formatArticle(fiction));
    corpus.reload();
    rmSync(fictionFile());
    await eventually(
      async () => (await sectionReply("2", fiction.id)).content?.includes("There is no article") ?? false,
    );
  });

  it("WHEN interactions arrive during reloads THEN each is answered once, from the old corpus or the new one whole", async () => {
    const one = JSON.stringify(
      (await (await h.fake.sendSlashCommand({ name: "sections" })).waitForReply()).embeds,
    );
    writeFileSync(fictionFile(), formatArticle(fiction));
    corpus.reload();
    const two = JSON.stringify(
      (await (await h.fake.sendSlashCommand({ name: "sections" })).waitForReply()).embeds,
    );
    expect(two).not.toBe(one);
    const handles = [];
    for (let i = 0; i < 40; i++) {
      // Every few interactions the folder changes; the watch and direct reloads rebuild meanwhile.
      if (i % 4 === 0) {
        if (existsSync(fictionFile())) rmSync(fictionFile());
        else writeFileSync(fictionFile(), formatArticle(fiction));
        setImmediate(() => corpus.reload());
      }
      handles.push(await h.fake.sendSlashCommand({ name: "sections" }));
      handles.push(await h.fake.sendAutocomplete({ name: "section", options: { name: "" } }));
      await new Promise((resolve) => setTimeout(resolve, i % 3));
    }
    for (const handle of handles) await handle.waitForResponse();
    for (const handle of handles.filter((x) => x.type === 2)) {
      expect([one, two]).toContain(JSON.stringify((await handle.waitForReply()).embeds));
    }
    for (const handle of handles)
      expect(handle.responses.filter((r) => r.kind === "callback")).toHaveLength(1);
    // Each of the ten changes was swapped in (by the watch or the direct reload, whichever came first).
    expect(reloadLogs.filter((l) => l.msg === "corpus reloaded").length).toBeGreaterThanOrEqual(11);
    expect(h.logs.filter((l) => l.msg === "interaction failed")).toEqual([]);
    expect(h.fake.internalErrors).toEqual([]);
  });

  it("registers /article for Manage Server only and the article option on every command, whatever the corpus", () => {
    const registered = h.fake.commands.global;
    expect(registered.find((c) => c.name === "article")?.default_member_permissions).toBe("32");
    for (const name of ["ask", "section", "quote", "sections", "about"])
      expect(registered.find((c) => c.name === name)?.options?.some((o) => o.name === "article")).toBe(true);
  });
});

describe("GIVEN /article add", () => {
  it("WHEN a moderator attaches a raw export THEN the article is answerable, and the change is logged with who made it", async () => {
    const file = h.fake.uploadAttachment({ filename: "fiction.txt", content: rawExport("fiction") });
    const handle = await h.fake.sendSlashCommand({
      name: "article",
      subcommand: "add",
      options: { file: file.id },
    });
    const reply = await handle.waitForReply();
    expect(isEphemeral(reply)).toBe(true);
    expect(reply.content).toContain(`Added "${fiction.id}"`);
    expect(h.fake.requests.some((r) => r.path.startsWith("/attachments/"))).toBe(true);
    expect(await answersFiction()).toBe(true);
    expect(h.logs).toContainEqual(
      expect.objectContaining({
        user: h.fake.user.id,
        tag: h.fake.user.username,
        article: fiction.id,
        action: "added",
      }),
    );
  });

  it("WHEN anyone without Manage Server tries THEN it is refused privately and nothing is written", async () => {
    const member = h.fake.makeUser({ username: "reader" });
    const file = h.fake.uploadAttachment({ filename: "fiction.txt", content: rawExport("fiction") });
    for (const sub of ["add", "remove", "list"]) {
      const options: Record<string, string> =
        sub === "add" ? { file: file.id } : sub === "remove" ? { id: seed.id } : {};
      const handle = await h.fake.sendSlashCommand({
        name: "article",
        subcommand: sub,
        options,
        user: member,
      });
      const reply = await handle.waitForReply();
      expect(isEphemeral(reply)).toBe(true);
      expect(reply.content).toBe("Only members with the Manage Server permission can change the articles.");
    }
    expect(existsSync(fictionFile())).toBe(false);
    expect(existsSync(join(dir, `${seed.id}.md`))).toBe(true);
    expect(h.fake.requests.some((r) => r.path.startsWith("/attachments/"))).toBe(false);
  });

  it("WHEN a moderator gives no file THEN a modal takes the pasted text, and the article is added", async () => {
    const handle = await h.fake.sendSlashCommand({ name: "article", subcommand: "add" });
    expect((await handle.waitForResponse()).type).toBe(InteractionResponseType.Modal);
    const submitted = await h.fake.submitModal(handle, { text: rawExport("elbe") });
    const reply = await submitted.waitForReply();
    expect(isEphemeral(reply)).toBe(true);
    expect(reply.content).toContain(`Added "${elbe.id}"`);
    expect(existsSync(join(dir, `${elbe.id}.md`))).toBe(true);
  });

  it("WHEN the pasted text is not an article THEN the reply names the line and the fix, privately", async () => {
    const handle = await h.fake.sendSlashCommand({ name: "article", subcommand: "add" });
    await handle.waitForResponse();
    const reply = await (await h.fake.submitModal(handle, { text: "Hallo Welt" })).waitForReply();
    expect(isEphemeral(reply)).toBe(true);
    expect(reply.content).toMatch(
      /not an article the bot can read\. pasted text:1: expected the export header/,
    );
  });

  it("WHEN the same id comes with other content THEN it is refused until the old one is removed", async () => {
    const changed = formatArticle({ ...seed, title: "Ein anderer Titel" });
    const file = h.fake.uploadAttachment({ filename: "seed.md", content: changed });
    const handle = await h.fake.sendSlashCommand({
      name: "article",
      subcommand: "add",
      options: { file: file.id },
    });
    expect((await handle.waitForReply()).content).toContain(
      `An article with the id "${seed.id}" is already in the corpus`,
    );
  });

  it("WHEN the attachment is over the corpus file limit THEN it is refused without being downloaded", async () => {
    const file = h.fake.uploadAttachment({ filename: "big.txt", content: "x".repeat(MAX_FILE_BYTES + 1) });
    const handle = await h.fake.sendSlashCommand({
      name: "article",
      subcommand: "add",
      options: { file: file.id },
    });
    expect((await handle.waitForReply()).content).toContain("over the corpus file limit of 64 KB");
    expect(h.fake.requests.some((r) => r.path.startsWith("/attachments/"))).toBe(false);
  });

  it("WHEN the attachment's address is not http(s) THEN nothing is fetched and the reply says why", async () => {
    const file = h.fake.uploadAttachment({ filename: "x.txt", content: "x", url: "file:///etc/passwd" });
    const handle = await h.fake.sendSlashCommand({
      name: "article",
      subcommand: "add",
      options: { file: file.id },
    });
    expect((await handle.waitForReply()).content).toContain(
      "Could not download the attachment: its address (file:) is not a web address.",
    );
  });
});

describe("GIVEN /article remove", () => {
  it("WHEN a moderator removes an article THEN it is gone, and its id was offered while typing", async () => {
    writeFileSync(fictionFile(), formatArticle(fiction));
    corpus.reload();
    const typed = await h.fake.sendAutocomplete({
      name: "article",
      subcommand: "remove",
      options: { id: "windpark" },
    });
    const offered = (await typed.waitForResponse()).data?.choices?.map((c) => c.value);
    expect(offered).toEqual([fiction.id]);
    const handle = await h.fake.sendSlashCommand({
      name: "article",
      subcommand: "remove",
      options: { id: fiction.id },
    });
    expect((await handle.waitForReply()).content).toContain(`Removed "${fiction.id}"`);
    expect((await sectionReply("2", fiction.id)).content).toContain("There is no article");
  });
});
