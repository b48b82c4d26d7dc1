/**
 * `npm run deploy-commands [-- --dry-run]`: registers the slash commands, to one guild when
 * DISCORD_GUILD_ID is set (instant, for development) or globally. PUT replaces the whole set, so
 * running it twice changes nothing.
 */
import { REST, Routes } from "discord.js";
import { COMMANDS } from "../../commands/registry.ts";
import { loadDotEnv, readConfig } from "../config.ts";
import { ArticleBotError } from "../errors.ts";
import { registrationData } from "./command-data.ts";
import { installLinks } from "./install.ts";
import { startupFailure } from "./startup-errors.ts";

async function main(argv: readonly string[]): Promise<void> {
  loadDotEnv();
  const config = readConfig();
  const dryRun = argv.includes("--dry-run");
  const body = registrationData(COMMANDS);
  if (dryRun) {
    process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    return;
  }
  const { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: appId, DISCORD_GUILD_ID: guildId } = config;
  if (!token || !appId) {
    throw new ArticleBotError(
      "CONFIG",
      "deploy-commands needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (see .env.example); --dry-run needs neither.",
    );
  }
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(token);
  const route = guildId ? Routes.applicationGuildCommands(appId, guildId) : Routes.applicationCommands(appId);
  const result = (await rest.put(route, { body })) as unknown[];
  process.stdout.write(
    `Registered ${result.length} commands ${guildId ? `in guild ${guildId}` : "globally (may take up to an hour to show)"}.\n`,
  );
  const links = installLinks(appId);
  process.stdout.write(`Add it to a server: ${links.guild}\nInstall it to your account: ${links.user}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const failure = startupFailure(error, process.env.DISCORD_API_URL || undefined);
  process.stderr.write(`${failure?.line ?? (error instanceof Error ? error.message : String(error))}\n`);
  process.exitCode = failure?.exitCode ?? 1;
});
