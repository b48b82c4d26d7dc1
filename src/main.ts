/**
 * `npm start`: with DISCORD_TOKEN set, runs the Discord bot (one process, or one per shard with
 * SHARDS); without, the local console that answers the same commands. Either way the corpus
 * folder is watched and its articles are served live.
 */
import { COMMANDS } from "../commands/registry.ts";
import { type Config, corpusLimitsOf, engineCacheDir, loadDotEnv, readConfig } from "./config.ts";
import { runConsole } from "./console/console.ts";
import { type CorpusLimits, DEFAULT_CORPUS_LIMITS, loadCorpus } from "./corpus/load.ts";
import type { Engine } from "./engine/engine.ts";
import { createEngineHolder, liveEngine } from "./engine/live.ts";
import { engineCacheFile, engineFor } from "./engine/open.ts";
import { type LiveCorpus, type ReloadListener, startLiveCorpus } from "./engine/reload.ts";
import { ArticleBotError } from "./errors.ts";
import { createLogger, type Logger } from "./logger.ts";

const CONNECT_HINT =
  "Console mode: no DISCORD_TOKEN set. To connect to Discord, put DISCORD_TOKEN and DISCORD_APPLICATION_ID in .env (see README).";

async function main(): Promise<void> {
  loadDotEnv();
  const config = readConfig();
  const limits = { ...DEFAULT_CORPUS_LIMITS, ...corpusLimitsOf(config) };
  const open = () =>
    engineFor(loadCorpus(config.CORPUS_DIR, limits), config.CORPUS_DIR, {
      cacheDir: engineCacheDir(config),
      note: (line) => process.stderr.write(`${line}\n`),
    });
  if (config.DISCORD_TOKEN) {
    // Loaded only here, so the console starts without discord.js.
    const { isShardChild, runShards } = await import("./discord/shards.ts");
    if (config.SHARDS && !isShardChild()) {
      // Build (or check) the engine cache once here, so the shards restore it instead of each
      // building the engine and rewriting the file at the same time. A bad corpus stops here too.
      open();
      await runShards(config.DISCORD_TOKEN, config.SHARDS, createLogger(config.LOG_LEVEL));
      return;
    }
    const { runBot } = await import("./discord/bot.ts");
    // The bot's metrics exist only once it runs; reloads before that have no one to tell.
    const reloadListeners: ReloadListener[] = [];
    // Every shard follows the folder itself; none rewrites the engine cache, which all of them
    // would otherwise write at once (the parent builds it again at the next start).
    const live = serveLive(open(), config, limits, createLogger(config.LOG_LEVEL), {
      writesCache: !isShardChild(),
      onReload: (outcome, articles) => {
        for (const listener of reloadListeners) listener(outcome, articles);
      },
    });
    await runBot(
      config,
      live.engine,
      { control: live.corpus, maxFileBytes: limits.maxFileBytes },
      (listener) => reloadListeners.push(listener),
    );
    return;
  }
  // The console's answers are on stdout, so its logs (reloads, bad files) go to stderr.
  const live = serveLive(open(), config, limits, createLogger(config.LOG_LEVEL, process.stderr));
  if (!process.stdin.isTTY) process.stderr.write(`${CONNECT_HINT}\n`);
  await runConsole(
    { engine: live.engine, locale: "en", commands: COMMANDS, corpus: live.corpus },
    CONNECT_HINT,
    limits.maxFileBytes,
  );
  live.corpus.close();
}

/** The engine that follows the corpus folder, and the live corpus behind it. */
function serveLive(
  engine: Engine,
  config: Config,
  limits: CorpusLimits,
  logger: Logger,
  {
    writesCache = true,
    onReload,
  }: { readonly writesCache?: boolean; readonly onReload?: ReloadListener } = {},
): { readonly engine: Engine; readonly corpus: LiveCorpus } {
  const holder = createEngineHolder(engine);
  const cacheDir = writesCache ? engineCacheDir(config) : undefined;
  const corpus = startLiveCorpus({
    dir: config.CORPUS_DIR,
    limits,
    holder,
    logger,
    cacheFile: cacheDir ? engineCacheFile(cacheDir, config.CORPUS_DIR) : undefined,
    ...(onReload ? { onReload } : {}),
  });
  return { engine: liveEngine(holder), corpus };
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
