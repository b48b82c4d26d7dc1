/**
 * Replies Discord refuses for a missing permission (403: 50013 Missing Permissions, 50001 Missing
 * Access): which permission it is, and one log line per channel and permission however many
 * replies fail there, so a busy channel without Send Messages does not flood the log.
 */
import { DiscordAPIError, PermissionFlagsBits, RESTJSONErrorCodes } from "discord.js";
import type { Logger } from "../logger.ts";

/** The permissions a reply can lack, by their names in discord.js (and in the phrase tables). */
export type ReplyPermission =
  | "ViewChannel"
  | "SendMessages"
  | "SendMessagesInThreads"
  | "EmbedLinks"
  | "ReadMessageHistory";

/** The English names Discord's settings use, for the operator's log line. */
const NAMES: Readonly<Record<ReplyPermission, string>> = {
  ViewChannel: "View Channels",
  SendMessages: "Send Messages",
  SendMessagesInThreads: "Send Messages in Threads",
  EmbedLinks: "Embed Links",
  ReadMessageHistory: "Read Message History",
};

/** Lines remembered at most; beyond, the memory starts over (a channel may then be logged again). */
const MAX_REMEMBERED = 10_000;

/** Whether `error` is Discord refusing a request for a missing permission or missing access. */
export function isPermissionRefusal(error: unknown): boolean {
  return (
    error instanceof DiscordAPIError &&
    (error.code === RESTJSONErrorCodes.MissingPermissions || error.code === RESTJSONErrorCodes.MissingAccess)
  );
}

/**
 * The permission a refused reply lacked: the first of those it needs that `granted` (the bot's
 * permissions in the channel, if known) does not hold; else what the error code points to.
 */
export function missingPermission(
  granted: { has(bit: bigint): boolean } | null | undefined,
  options: { readonly inThread: boolean; readonly reply?: boolean; readonly error?: unknown },
): ReplyPermission {
  const send: ReplyPermission = options.inThread ? "SendMessagesInThreads" : "SendMessages";
  const needed: ReplyPermission[] = [
    "ViewChannel",
    send,
    "EmbedLinks",
    ...(options.reply ? (["ReadMessageHistory"] as const) : []),
  ];
  const lacking = granted ? needed.find((p) => !granted.has(PermissionFlagsBits[p])) : undefined;
  if (lacking) return lacking;
  const noAccess =
    options.error instanceof DiscordAPIError && options.error.code === RESTJSONErrorCodes.MissingAccess;
  return noAccess ? "ViewChannel" : send;
}

export interface PermissionLog {
  /** Logs that the bot cannot post in `channelId` for want of `permission`, the first time only. */
  missing(channelId: string, permission: ReplyPermission, guildId?: string | null): void;
}

/** A permission log writing to `logger`; it remembers what it logged. */
export function createPermissionLog(logger: Logger): PermissionLog {
  const logged = new Set<string>();
  return {
    missing(channelId, permission, guildId) {
      const key = `${channelId}:${permission}`;
      if (logged.has(key)) return;
      if (logged.size >= MAX_REMEMBERED) logged.clear();
      logged.add(key);
      const name = NAMES[permission];
      logger.warn(
        { channel: channelId, guild: guildId ?? undefined, permission: name },
        `cannot post in channel ${channelId}: the bot lacks the "${name}" permission there; a server admin must grant it (logged once per channel)`,
      );
    },
  };
}
