// What Discord withholds from a bot depending on the intents it identified with. The article bot does not
// request the privileged MessageContent intent, so it only sees the text of messages that mention it, DMs
// and its own messages; a fake that delivered everything would hide bugs that depend on that.
import { GatewayDispatchEvents, GatewayIntentBits } from "discord.js";

const MESSAGE_EVENTS = new Set<string>([
  GatewayDispatchEvents.MessageCreate,
  GatewayDispatchEvents.MessageUpdate,
  GatewayDispatchEvents.MessageDelete,
  GatewayDispatchEvents.MessageDeleteBulk,
]);
const CONTENT_EVENTS = new Set<string>([
  GatewayDispatchEvents.MessageCreate,
  GatewayDispatchEvents.MessageUpdate,
]);

interface MessageLike {
  guild_id?: string;
  author?: { id: string };
  mentions?: { id: string }[];
}

/** Returns the dispatch data as a bot with these intents would receive it, or undefined if it would not. */
export function applyIntents(event: string, data: unknown, intents: number, botId: string): unknown {
  if (!MESSAGE_EVENTS.has(event) || typeof data !== "object" || data === null) return data;
  const message = data as MessageLike;
  const inGuild = message.guild_id !== undefined;
  const needed = inGuild ? GatewayIntentBits.GuildMessages : GatewayIntentBits.DirectMessages;
  if ((intents & needed) === 0) return undefined;
  if (!CONTENT_EVENTS.has(event) || !inGuild || (intents & GatewayIntentBits.MessageContent) !== 0)
    return data;
  const visible = message.author?.id === botId || (message.mentions ?? []).some((user) => user.id === botId);
  if (visible) return data;
  const { poll: _poll, ...rest } = data as Record<string, unknown>;
  return { ...rest, content: "", embeds: [], attachments: [], components: [] };
}
