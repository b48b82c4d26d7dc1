import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeDiscord, startFakeDiscord } from "../support/fake-discord/index.ts";

const run = promisify(execFile);
let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake?.close();
});

const deploy = (env: Record<string, string>) =>
  run(process.execPath, ["--import", "tsx", "src/discord/deploy-commands.ts"], {
    env: {
      ...process.env,
      DISCORD_TOKEN: fake.token,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
      ...env,
    },
  });

describe("npm run deploy-commands", () => {
  it("registers every command in the guild through DISCORD_API_URL, with German names, and is idempotent", async () => {
    const first = await deploy({ DISCORD_GUILD_ID: fake.guildId });
    expect(first.stdout).toMatch(/^Registered 6 commands in guild/);
    await deploy({ DISCORD_GUILD_ID: fake.guildId });
    const { guild, global } = fake.commands;
    expect(guild.map((c) => c.name).sort()).toEqual(["about", "ask", "help", "quote", "section", "sections"]);
    expect(global).toEqual([]);
    expect(guild.find((c) => c.name === "ask")?.name_localizations?.de).toBe("frage");
  }, 20_000);

  it("reads the corpus with npm start's limits: a file over CORPUS_MAX_FILE_KB is refused, naming the setting", async () => {
    const refused = await deploy({ CORPUS_MAX_FILE_KB: "1" }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(refused?.code).toBe(1);
    expect(refused?.stderr).toMatch(/over the limit of 1 KB; split the article, or raise CORPUS_MAX_FILE_KB/);
    expect(fake.commands.global).toEqual([]);
  }, 20_000);
});
