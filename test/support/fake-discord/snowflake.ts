import { randomBytes } from "node:crypto";

const DISCORD_EPOCH = 1_420_070_400_000n;
// Shared by every fake in the process so ids stay unique even when tests run several fakes at once.
let increment = 0n;

/** Returns a fresh snowflake that encodes the current time, like the ids Discord hands out. */
export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  // Worker id 1, process id 0: real snowflakes have non-zero middle bits and some parsers check the layout.
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

/** Returns the creation time (ms since the Unix epoch) encoded in a snowflake. */
export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}

/** Builds a string shaped like a real bot token (base64 user id, timestamp part, HMAC part). */
export function fakeBotToken(userId: string): string {
  const idPart = Buffer.from(userId).toString("base64url");
  return `${idPart}.${randomBytes(4).toString("base64url").slice(0, 6)}.${randomBytes(28).toString("base64url")}`;
}

/** Returns a random interaction/webhook token of the length Discord uses. */
export function fakeInteractionToken(): string {
  return `aW50ZXJhY3Rpb246${randomBytes(96).toString("base64url")}`;
}

/** Returns a random 32-character hex string, the shape of a gateway session id. */
export function fakeSessionId(): string {
  return randomBytes(16).toString("hex");
}
