/** Runs the Discord bot: wires the client to the engines, logs, and shuts down cleanly. */
import { Events } from "discord.js";
import { COMMANDS } from "../../commands/registry.ts";
import type { Config } from "../config.ts";
import type { Engine } from "../engine/engine.ts";
import { createLogger, type Logger } from "../logger.ts";
import type { ArticleAdmin } from "./article-admin.ts";
import { createClient } from "./client.ts";
import {
  createExceptionGuard,
  FATAL_EXIT_CODE,
  type FatalClose,
  fatalClose,
  fatalLine,
  watchConnection,
} from "./health.ts";
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
  /**
   * Called after the error line for a fatal gateway close (bad token, disallowed intents, …):
   * Discord will not take the bot back until that is fixed, so `npm start` ends non-zero.
   */
  readonly onFatal?: (close: FatalClose) => void;
  /** What moderators' `/article` may change (the live corpus); without it `/article` is refused. */
  readonly admin?: ArticleAdmin;
}

/** Start-up ended by a fatal gateway close (its error line is logged already). */
export class FatalGatewayError extends Error {
  constructor(readonly close: FatalClose) {
    super(fatalLine(close));
    this.name = "FatalGatewayError";
  }
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
    createInteractionHandler({
      engine,
      commands: COMMANDS,
      logger,
      pages,
      limiter,
      ...(options.admin ? { admin: options.admin } : {}),
    }),
  );
  client.on(Events.MessageCreate, createMentionHandler({ engine, commands: COMMANDS, logger, limiter }));
  client.on(Events.Error, (err) => logger.error({ err }, "client error"));
  let failStart: (error: Error) => void = () => {};
  const fatal = new Promise<never>((_, reject) => {
    failStart = reject;
  });
  fatal.catch(() => {});
  watchConnection(client, logger, (close) => {
    failStart(new FatalGatewayError(close));
    options.onFatal?.(close);
  });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    // A fatal close during IDENTIFY ends start-up too (discord.js would otherwise wait forever).
    await Promise.race([client.login(options.token).then(() => ready), fatal]);
  } catch (error) {
    pages.clear();
    await client.destroy();
    throw error;
  }
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

/** `npm start` with a token: run until SIGINT/SIGTERM; `admin` lets moderators change the corpus. */
export async function runBot(config: Config, engine: Engine, admin?: ArticleAdmin): Promise<void> {
  const logger = createLogger(config.LOG_LEVEL);
  const token = config.DISCORD_TOKEN;
  if (!token) throw new Error("runBot needs DISCORD_TOKEN");
  // Unexpected exceptions are logged with a reference; the bot keeps serving unless they pile up.
  const guard = createExceptionGuard(logger, (code) => process.exit(code));
  process.on("uncaughtException", (error) => guard(error, "uncaughtException"));
  process.on("unhandledRejection", (reason) => guard(reason, "unhandledRejection"));
  let bot: RunningBot | undefined;
  const stopFor = (code: number) => {
    // Leave within seconds even if logging out hangs.
    setTimeout(() => process.exit(code), 5_000).unref();
    (bot ? bot.stop() : Promise.resolve()).finally(() => process.exit(code));
  };
  try {
    bot = await startBot(engine, {
      token,
      logger,
      onFatal: () => {
        if (bot) stopFor(FATAL_EXIT_CODE);
      },
      ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
      ...(admin ? { admin } : {}),
    });
  } catch (error) {
    if (error instanceof FatalGatewayError) return stopFor(FATAL_EXIT_CODE);
    if ((error as { code?: unknown }).code === "TokenInvalid") {
      // Refused at REST (401) before the gateway: the same fix as a 4004 close.
      const close = fatalClose(4004);
      if (close)
        logger.error(
          { code: 401, fix: close.fix },
          `Discord refused the bot token (401 Unauthorized); the bot stops. To fix: ${close.fix}`,
        );
      return stopFor(FATAL_EXIT_CODE);
    }
    throw error;
  }
  const running = bot;
  const shutdown = (signal: string) => {
    logger.info({ signal }, "shutting down");
    running.stop().then(
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
