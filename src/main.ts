/**
 * `npm start`: with DISCORD_TOKEN set, runs the Discord bot (one process, or one per shard with
 * SHARDS); without, the local console that answers the same commands.
 */
import { COMMANDS } from "../commands/registry.ts";
import { corpusLimitsOf, engineCacheDir, loadDotEnv, readConfig } from "./config.ts";
import { runConsole } from "./console/console.ts";
import { loadCorpus } from "./corpus/load.ts";
import { engineFor } from "./engine/open.ts";
import { ArticleBotError } from "./errors.ts";

const CONNECT_HINT =
  "Console mode: no DISCORD_TOKEN set. To connect to Discord, put DISCORD_TOKEN and DISCORD_APPLICATION_ID in .env (see README).";

async function main(): Promise<void> {
  loadDotEnv();
  const config = readConfig();
  const limits = corpusLimitsOf(config);
  const open = () =>
    engineFor(loadCorpus(config.CORPUS_DIR, limits), config.CORPUS_DIR, {
      cacheDir: engineCacheDir(config),
      note: (line) => process.stderr.write(`${line}\n`),
    });
  if (config.DISCORD_TOKEN) {
    // Loaded only here, so the console starts without discord.js.
    const { isShardChild, runShards } = await import("./discord/shards.ts");
    if (config.SHARDS && !isShardChild()) {
      const { createLogger } = await import("./logger.ts");
      // Build (or check) the engine cache once here, so the shards restore it instead of each
      // building the engine and rewriting the file at the same time. A bad corpus stops here too.
      open();
      await runShards(config.DISCORD_TOKEN, config.SHARDS, createLogger(config.LOG_LEVEL));
      return;
    }
    const { runBot } = await import("./discord/bot.ts");
    await runBot(config, open());
    return;
  }
  const engine = open();
  if (!process.stdin.isTTY) process.stderr.write(`${CONNECT_HINT}\n`);
  await runConsole({ engine, locale: "en", commands: COMMANDS }, CONNECT_HINT);
}

main().catch((error: unknown) => {
  // Rethrown, it would reach the bot's exception guard, which logs it and lets the process end with 0.
  process.stderr.write(
    error instanceof ArticleBotError
      ? `${error.message}\n`
      : `start-up failed: ${(error as Error)?.stack ?? String(error)}\n`,
  );
  process.exitCode = 1;
});
