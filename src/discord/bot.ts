/** Runs the Discord bot: wires the client to the engines, logs, and shuts down cleanly. */
import { Events } from "discord.js";
import { COMMANDS } from "../../commands/registry.ts";
import type { Config } from "../config.ts";
import type { Engine } from "../engine/engine.ts";
import { createLogger, type Logger } from "../logger.ts";
import { createClient } from "./client.ts";
import { createInteractionHandler } from "./interactions.ts";
import { createMentionHandler } from "./mentions.ts";
import { createPageStore } from "./page-store.ts";
import { createRateLimiter } from "./rate-limit.ts";
import { isShardChild } from "./shards.ts";

// Pages outlive a discussion but not Discord's 15-minute interaction token.
const PAGE_TTL_MS = 10 * 60_000;
const RATE_CAPACITY = 5;
const RATE_REFILL_MS = 3_000;

export interface BotOptions {
  readonly token: string;
  readonly apiUrl?: string;
  readonly logger: Logger;
  readonly pageTtlMs?: number;
  readonly rateLimit?: { readonly capacity: number; readonly refillMs: number };
}

export interface RunningBot {
  readonly client: ReturnType<typeof createClient>;
  /** Logs out and releases timers. */
  stop(): Promise<void>;
}

/** Logs in and starts answering; resolves once the client is ready. */
export async function startBot(engine: Engine, options: BotOptions): Promise<RunningBot> {
  const { logger } = options;
  const client = createClient(options.apiUrl, isShardChild());
  const pages = createPageStore(options.pageTtlMs ?? PAGE_TTL_MS);
  const rate = options.rateLimit ?? { capacity: RATE_CAPACITY, refillMs: RATE_REFILL_MS };
  const limiter = createRateLimiter(rate.capacity, rate.refillMs);
  client.on(
    Events.InteractionCreate,
    createInteractionHandler({ engine, commands: COMMANDS, logger, pages, limiter }),
  );
  client.on(Events.MessageCreate, createMentionHandler({ engine, commands: COMMANDS, logger, limiter }));
  client.on(Events.Error, (err) => logger.error({ err }, "client error"));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, "gateway resumed"));
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.warn({ shard, code: event.code }, "gateway disconnected"),
  );
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(options.token);
  await ready;
  logger.info(
    { user: client.user?.tag, guilds: client.guilds.cache.size, articles: engine.articles.length },
    "bot ready",
  );
  return {
    client,
    async stop() {
      pages.clear();
      await client.destroy();
    },
  };
}

/** `npm start` with a token: run until SIGINT/SIGTERM. */
export async function runBot(config: Config, engine: Engine): Promise<void> {
  const logger = createLogger(config.LOG_LEVEL);
  const token = config.DISCORD_TOKEN;
  if (!token) throw new Error("runBot needs DISCORD_TOKEN");
  const bot = await startBot(engine, {
    token,
    logger,
    ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
  });
  const shutdown = (signal: string) => {
    logger.info({ signal }, "shutting down");
    bot.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
}
