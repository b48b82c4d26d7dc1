import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { ApplicationCommandType } from "discord.js";
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
    expect(first.stdout).toMatch(/^Registered 8 commands in guild/);
    await deploy({ DISCORD_GUILD_ID: fake.guildId });
    const { guild, global } = fake.commands;
    expect(guild.map((c) => c.name).sort()).toEqual([
      "Ask the article",
      "about",
      "article",
      "ask",
      "help",
      "quote",
      "section",
      "sections",
    ]);
    expect(guild.find((c) => c.name === "article")?.name_localizations?.de).toBe("artikel");
    expect(global).toEqual([]);
    expect(guild.find((c) => c.name === "ask")?.name_localizations?.de).toBe("frage");
  }, 20_000);

  it("registers the message command beside the slash commands, each installable to servers and accounts, usable everywhere", async () => {
    const first = await deploy({ DISCORD_GUILD_ID: fake.guildId });
    const { guild } = fake.commands;
    const menu = guild.find((c) => c.type === ApplicationCommandType.Message);
    expect(menu).toMatchObject({ name: "Ask the article", name_localizations: { de: "Artikel fragen" } });
    for (const command of guild.filter((c) => c.name !== "article")) {
      expect(command.integration_types, command.name).toEqual([0, 1]);
      expect(command.contexts, command.name).toEqual([0, 1, 2]);
    }
    // The install links, printed after registering: a server install and an account install.
    expect(first.stdout).toContain(
      `Add it to a server: https://discord.com/oauth2/authorize?client_id=${fake.applicationId}&scope=bot%20applications.commands&permissions=274877992000&integration_type=0`,
    );
    expect(first.stdout).toContain(
      `Install it to your account: https://discord.com/oauth2/authorize?client_id=${fake.applicationId}&scope=applications.commands&integration_type=1`,
    );
  }, 20_000);

  it("needs no corpus: the registration is the same whatever the folder holds, even none", async () => {
    await deploy({ DISCORD_GUILD_ID: fake.guildId });
    const before = fake.commands.guild;
    const again = await deploy({ DISCORD_GUILD_ID: fake.guildId, CORPUS_DIR: "/no/such/folder" });
    expect(again.stdout).toMatch(/^Registered 8 commands in guild/);
    expect(fake.commands.guild.map((c) => c.options)).toEqual(before.map((c) => c.options));
  }, 20_000);
});
