/**
 * `npm start`: with DISCORD_TOKEN set, runs the Discord bot; without, the local console that
 * answers the same commands.
 */
import { COMMANDS } from "./commands/registry.ts";
import { loadDotEnv, readConfig } from "./config.ts";
import { runConsole } from "./console/console.ts";
import { openEngine } from "./engine/open.ts";
import { ArticleBotError } from "./errors.ts";

const CONNECT_HINT =
  "Console mode: no DISCORD_TOKEN set. To connect to Discord, put DISCORD_TOKEN and DISCORD_APPLICATION_ID in .env (see README).";

async function main(): Promise<void> {
  loadDotEnv();
  const config = readConfig();
  const engine = openEngine(config.CORPUS_DIR);
  if (config.DISCORD_TOKEN) {
    const { runBot } = await import("./discord/bot.ts");
    await runBot(config, engine);
    return;
  }
  if (!process.stdin.isTTY) process.stderr.write(`${CONNECT_HINT}\n`);
  await runConsole({ engine, locale: "en", commands: COMMANDS }, CONNECT_HINT);
}

main().catch((error: unknown) => {
  if (error instanceof ArticleBotError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
    return;
  }
  throw error;
});
