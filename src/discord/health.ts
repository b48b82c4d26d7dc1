/**
 * The connection's health in the logs: Discord's fatal gateway close codes (one error line saying
 * what to fix, then the process ends non-zero), reconnects and re-identifies, 429s with their route
 * and wait, REST outages once per episode, and the guard for exceptions nothing else caught.
 */
import { randomUUID } from "node:crypto";
import { type Client, Events, RESTEvents } from "discord.js";
import { type Logger, maskTokens } from "../logger.ts";
import { INVITE_PERMISSION_NAMES, INVITE_PERMISSIONS } from "./install.ts";

/** A close code after which Discord will not take the bot back until someone fixes something. */
export interface FatalClose {
  readonly code: number;
  readonly name: string;
  /** What the operator does about it, as a sentence. */
  readonly fix: string;
}

const PORTAL = "https://discord.com/developers/applications";

/** Discord's close codes that discord.js does not reconnect after, with what to fix for each. */
export const FATAL_CLOSE_CODES: Readonly<Record<number, Omit<FatalClose, "code">>> = {
  4004: {
    name: "authentication failed",
    fix: `Discord refused the bot token: reset it (${PORTAL} → your application → Bot → Reset Token) and put the new one in DISCORD_TOKEN.`,
  },
  4010: {
    name: "invalid shard",
    fix: "the shard id does not fit the shard count: leave SHARDS empty for one process, or set SHARDS=auto.",
  },
  4011: {
    name: "sharding required",
    fix: "the bot is in too many servers for one connection: set SHARDS=auto.",
  },
  4012: {
    name: "invalid API version",
    fix: "discord.js asked for a gateway version Discord no longer serves: update discord.js (npm update discord.js) and restart.",
  },
  4013: {
    name: "invalid intents",
    fix: "Discord does not know an intent the bot asked for: check the intents in src/discord/client.ts against Discord's documentation.",
  },
  4014: {
    name: "disallowed intents",
    fix: `the bot asked for a privileged intent that is not enabled: enable it under ${PORTAL} → your application → Bot → Privileged Gateway Intents, or remove it from src/discord/client.ts.`,
  },
};

/** What to do when Discord refuses an action with 403 (the bot lacks a permission where it acts). */
const PERMISSIONS_FIX = `give the bot ${INVITE_PERMISSION_NAMES} (${INVITE_PERMISSIONS}) in that channel or server (Server Settings → Roles, or the channel's Permissions), or invite it again with the README's link`;
const PERMISSIONS_LINE = `Discord refused an action for missing permissions (403); the bot keeps serving elsewhere. To fix: ${PERMISSIONS_FIX}.`;

/**
 * The exit status after a fatal close: sysexits' EX_CONFIG, apart from a crash's 1, so a supervisor
 * can be told not to restart into the same refusal (systemd `RestartPreventExitStatus=78`) and the
 * sharding manager stops instead of respawning the shard.
 */
export const FATAL_EXIT_CODE = 78;

/** The fatal close for `code`, if it is one. */
export function fatalClose(code: number): FatalClose | undefined {
  const known = FATAL_CLOSE_CODES[code];
  return known ? { code, ...known } : undefined;
}

/** The line a fatal close is logged with: what happened and what to do. */
export function fatalLine(close: FatalClose): string {
  return `Discord closed the gateway for good (${close.code}, ${close.name}); the bot stops. To fix: ${close.fix}`;
}

/**
 * Logs the connection's episodes on `client`: a reconnect once when it starts and once when it
 * ends (resumed or re-identified), each 429 Discord answers with its route and wait, a REST outage (5xx answers)
 * once when it starts and once when REST answers again, a 403 (a permission missing) once per route. `onFatal` is called on a fatal close code
 * after its error line is logged.
 */
export function watchConnection(client: Client, logger: Logger, onFatal: (close: FatalClose) => void): void {
  let readies = 0;
  let reconnecting: { since: number; attempts: number } | undefined;
  let outage: { since: number; failures: number } | undefined;
  const ended = (how: string, shard: number) => {
    if (!reconnecting) return;
    logger.info(
      { shard, ms: Date.now() - reconnecting.since, attempts: reconnecting.attempts },
      `gateway ${how} after a reconnect`,
    );
    reconnecting = undefined;
  };
  client.on(Events.ShardDisconnect, (event, shard) => {
    const fatal = fatalClose(event.code);
    if (!fatal) {
      logger.warn({ shard, code: event.code }, "gateway disconnected");
      return;
    }
    logger.error({ shard, code: fatal.code, fix: fatal.fix }, fatalLine(fatal));
    onFatal(fatal);
  });
  client.on(Events.ShardReconnecting, (shard) => {
    if (reconnecting) {
      reconnecting.attempts++;
      return;
    }
    reconnecting = { since: Date.now(), attempts: 1 };
    logger.warn({ shard }, "gateway connection lost; reconnecting");
  });
  client.on(Events.ShardResume, (shard, replayed) => {
    if (reconnecting) ended("resumed", shard);
    else logger.info({ shard, replayed }, "gateway resumed");
  });
  client.on(Events.ShardReady, (shard) => {
    readies++;
    if (readies === 1) return;
    // A second READY is a new session: events between the two are lost (Discord does not replay them).
    logger.warn({ shard }, "gateway re-identified: a new session (events while disconnected are lost)");
    ended("ready", shard);
  });
  // Waiting out a bucket discord.js knows is empty is routine (no 429 was sent): debug only.
  client.rest.on(RESTEvents.RateLimited, (info) => {
    logger.debug(
      { route: maskTokens(info.route), method: info.method, waitMs: info.retryAfter, global: info.global },
      "waiting for a Discord rate limit bucket",
    );
  });
  const refused = new Set<string>();
  client.rest.on(RESTEvents.Response, (request, response) => {
    if (response.status === 403) {
      // Once per route: a channel the bot may not write in refuses every answer there alike.
      const route = maskTokens(request.route);
      if (!refused.has(route)) {
        refused.add(route);
        logger.warn({ status: 403, method: request.method, route, fix: PERMISSIONS_FIX }, PERMISSIONS_LINE);
      }
      return;
    }
    if (response.status === 429) {
      logger.warn(
        {
          route: maskTokens(request.route),
          method: request.method,
          waitMs: Math.round(Number(response.headers.get("retry-after") ?? 0) * 1000),
          global: response.headers.has("x-ratelimit-global"),
          scope: response.headers.get("x-ratelimit-scope") ?? "user",
        },
        "rate limited by Discord (429); waiting before retrying",
      );
      return;
    }
    if (response.status >= 500) {
      if (outage) {
        outage.failures++;
        return;
      }
      outage = { since: Date.now(), failures: 1 };
      logger.error(
        { status: response.status, method: request.method, route: maskTokens(request.route) },
        "Discord REST is failing (5xx); one more line when it answers again",
      );
    } else if (outage) {
      logger.info(
        { ms: Date.now() - outage.since, failures: outage.failures },
        "Discord REST answers again after an outage",
      );
      outage = undefined;
    }
  });
}

/**
 * The last line of defence (process `uncaughtException` / `unhandledRejection`): logs the error
 * with a reference and keeps serving, as an exception in one event's handling (discord.js
 * building an interaction from a malformed packet) leaves the rest of the bot as it was. More
 * than `max` within `windowMs` means something is broken for good: `exit(1)` after a fatal line.
 */
export function createExceptionGuard(
  logger: Logger,
  exit: (code: number) => void,
  { max = 10, windowMs = 60_000 }: { max?: number; windowMs?: number } = {},
): (error: unknown, origin: string) => void {
  const recent: number[] = [];
  return (error, origin) => {
    const ref = randomUUID().slice(0, 8);
    const now = Date.now();
    recent.push(now);
    while (recent.length > 0 && (recent[0] ?? now) <= now - windowMs) recent.shift();
    logger.error({ ref, err: error, origin }, "unexpected exception; the bot keeps serving");
    if (recent.length > max) {
      logger.fatal(
        { ref, count: recent.length, windowMs },
        `more than ${max} unexpected exceptions within ${windowMs / 1000} s; stopping`,
      );
      exit(1);
    }
  };
}
