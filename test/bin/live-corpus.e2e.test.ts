/**
 * `npm start`'s process serves its corpus folder live: an article dropped in while it runs is
 * answered, and a moderator's /article add is served, on the real process against the fake Discord.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { REST, Routes } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { COMMANDS } from "../../commands/registry.ts";
import { formatArticle } from "../../src/corpus/markdown.ts";
import { commandData } from "../../src/discord/command-data.ts";
import { botEnv } from "../support/bot-process.ts";
import { type FakeDiscord, startFakeDiscord } from "../support/fake-discord/index.ts";
import { fixtureArticle, rawExport, tempCorpus } from "../support/fixtures.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const fiction = fixtureArticle("fiction");
const elbe = fixtureArticle("elbe");
let child: ChildProcess | undefined;
let fake: FakeDiscord | undefined;
afterEach(async () => {
  child?.kill();
  await fake?.close();
});

/** Asks until the answer holds (the folder watch is asynchronous); fails after a generous while. */
async function eventually(ask: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await ask())) {
    if (Date.now() > until) throw new Error("the bot never answered as expected");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("GIVEN npm start's process on a corpus folder", () => {
  it("WHEN an article is dropped in, or added by a moderator, THEN it is answered", async () => {
    fake = await startFakeDiscord({ waitTimeoutMs: 30_000 });
    await new REST({ api: fake.apiUrl })
      .setToken(fake.token)
      .put(Routes.applicationCommands(fake.applicationId), { body: commandData(COMMANDS) });
    const dir = tempCorpus(["seed"]);
    child = spawn(process.execPath, ["bin/start.js"], {
      cwd: ROOT,
      env: { ...botEnv(fake.token, fake.apiUrl, "warn"), CORPUS_DIR: dir },
      stdio: ["ignore", "ignore", "inherit"],
    });
    await fake.waitForReady(30_000);
    const answers = async (name: string, article: string, wanted: string) => {
      const handle = await fake?.sendSlashCommand({ name: "section", options: { name, article } });
      return JSON.stringify((await handle?.waitForReply(undefined, 10_000))?.embeds).includes(wanted);
    };
    writeFileSync(join(dir, `${fiction.id}.md`), formatArticle(fiction));
    await eventually(() => answers("2", fiction.id, "Knappe Mehrheit im Gemeinderat"));

    const file = fake.uploadAttachment({ filename: "elbe.txt", content: rawExport("elbe") });
    const add = await fake.sendSlashCommand({
      name: "article",
      subcommand: "add",
      options: { file: file.id },
    });
    expect((await add.waitForReply(undefined, 10_000)).content).toContain(`Added "${elbe.id}"`);
    const second = elbe.sections[1]?.title ?? "";
    expect(await answers("2", elbe.id, second)).toBe(true);
  }, 90_000);
});
