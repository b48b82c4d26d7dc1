/** Structured logs (pino). The token never appears: it is not passed to the logger anywhere, and redacted if it were. */
import { type DestinationStream, type Logger, pino } from "pino";

export type { Logger };

/** A JSON logger at `level`, writing to stdout or to `destination` (tests capture lines this way). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { app: "article-bot" },
    redact: ["token", "*.token", "config.DISCORD_TOKEN"],
  };
  return destination ? pino(options, destination) : pino(options);
}
