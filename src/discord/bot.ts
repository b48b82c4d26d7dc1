/** Runs the Discord bot: wires the client to the engines, logs, and shuts down cleanly. */
import { Events } from "discord.js";
import { COMMANDS } from "../../commands/registry.ts";
import type { Config } from "../config.ts";
import type { Engine } from "../engine/engine.ts";
import type { ReloadListener } from "../engine/reload.ts";
import { createLogger, type Logger } from "../logger.ts";
import type { ArticleAdmin } from "./article-admin.ts";
import { createClient } from "./client.ts";
import { registrationData } from "./command-data.ts";
import {
  createExceptionGuard,
  FATAL_EXIT_CODE,
  type FatalClose,
  fatalLine,
  watchConnection,
} from "./health.ts";
import { gatewayConnected, startOperatorEndpoints } from "./health-server.ts";
import { createInteractionHandler } from "./interactions.ts";
import { createMentionHandler } from "./mentions.ts";
import type { Metrics } from "./metrics.ts";
import { createPageStore } from "./page-store.ts";
import { createPermissionLog } from "./permissions.ts";
import { createRateLimiter } from "./rate-limit.ts";
import { isShardChild, shardId } from "./shards.ts";
import { startupFailure, watchStartup } from "./startup-errors.ts";

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
  /** Where interactions are counted (see metrics.ts); nothing by default. */
  readonly metrics?: Metrics;
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
  const permissions = createPermissionLog(logger);
  client.on(
    Events.InteractionCreate,
    createInteractionHandler({
      engine,
      commands: COMMANDS,
      logger,
      pages,
      limiter,
      permissions,
      ...(options.metrics ? { metrics: options.metrics } : {}),
      ...(options.admin ? { admin: options.admin } : {}),
    }),
  );
  client.on(
    Events.MessageCreate,
    createMentionHandler({ engine, commands: COMMANDS, logger, limiter, permissions }),
  );
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
  watchStartup(client, (error) => failStart(error));
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

/**
 * `npm start` with a token: run until SIGINT/SIGTERM; `admin` lets moderators change the corpus,
 * and `onReload` subscribes the metrics to the live corpus's reloads.
 */
export async function runBot(
  config: Config,
  engine: Engine,
  admin?: ArticleAdmin,
  onReload?: (listener: ReloadListener) => void,
): Promise<void> {
  const logger = createLogger(config.LOG_LEVEL);
  const token = config.DISCORD_TOKEN;
  if (!token) throw new Error("runBot needs DISCORD_TOKEN");
  // Unexpected exceptions are logged with a reference; the bot keeps serving unless they pile up.
  const guard = createExceptionGuard(logger, (code) => process.exit(code));
  process.on("uncaughtException", (error) => guard(error, "uncaughtException"));
  process.on("unhandledRejection", (reason) => guard(reason, "unhandledRejection"));
  let bot: RunningBot | undefined;
  // Up before login, so a supervisor sees 503 while the bot connects.
  const ops = await startOperatorEndpoints(
    config,
    registrationData(COMMANDS).map((c) => c.name),
    logger,
    () => ({ gatewayConnected: gatewayConnected(bot?.client), articles: engine.articles.length }),
    shardId(),
  );
  ops?.metrics.articles(engine.articles.length);
  if (ops)
    onReload?.((outcome, articles) => {
      ops.metrics.reload(outcome);
      ops.metrics.articles(articles);
    });
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
      ...(ops ? { metrics: ops.metrics } : {}),
      ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
      ...(admin ? { admin } : {}),
    });
  } catch (error) {
    if (error instanceof FatalGatewayError) return stopFor(FATAL_EXIT_CODE);
    // A refused token, Discord out of reach, access not given: one line with the fix, no stack.
    const failure = startupFailure(error, config.DISCORD_API_URL);
    if (failure) {
      logger.error({ kind: failure.kind, fix: failure.fix, exitCode: failure.exitCode }, failure.line);
      return stopFor(failure.exitCode);
    }
    // Else the health server would keep the process alive, answering 503, and nothing restarts it.
    await ops?.server.close();
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
