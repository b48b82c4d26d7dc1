/**
 * Structured logs (pino). Secrets never reach a log line: the bot token is not passed to the
 * logger, and interaction/webhook tokens, which discord.js errors carry in their request URL, are
 * masked by the error serializer below.
 */
import { type DestinationStream, type Logger, pino, stdSerializers } from "pino";

export type { Logger };

// `/interactions/<id>/<token>/callback`, `/webhooks/<app>/<token>/…`: the token answers as the bot.
const TOKEN_IN_PATH = /\/(interactions|webhooks)\/(\d+)\/[^/\s?"']+/g;

/** Masks interaction and webhook tokens in any text. */
export function maskTokens(text: string): string {
  return text.replace(TOKEN_IN_PATH, "/$1/$2/[redacted]");
}

/** pino's error serializer, with tokens masked and request bodies dropped. */
function safeError(err: unknown): unknown {
  const serialized = stdSerializers.err(err as Error) as Record<string, unknown>;
  const { requestBody: _body, ...rest } = serialized;
  return JSON.parse(maskTokens(JSON.stringify(rest)));
}

/** A JSON logger at `level`, writing to stdout or to `destination` (tests capture lines this way). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { app: "article-bot" },
    serializers: { err: safeError },
    redact: ["token", "*.token", "DISCORD_TOKEN", "*.DISCORD_TOKEN", "*.headers.authorization"],
  };
  return destination ? pino(options, destination) : pino(options);
}
