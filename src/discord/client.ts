/** The discord.js client as the bot needs it: no privileged intents, REST base overridable, small caches. */
import { Client, GatewayIntentBits, Options, Partials } from "discord.js";

/**
 * What discord.js keeps: guilds, channels and roles (which discord.js needs), and of users and
 * members only the bot itself. An interaction and a mention carry their user and member, and the
 * bot never reads a message again after answering it, so by default each answer would leave
 * a user, a member and its message in memory for good (about 10 KB an answer at 15,000 answers).
 */
const CACHES = {
  ...Options.DefaultMakeCacheSettings,
  MessageManager: 0,
  ReactionManager: 0,
  PresenceManager: 0,
  VoiceStateManager: 0,
  ThreadMemberManager: 0,
  UserManager: {
    maxSize: 0,
    keepOverLimit: (user: { id: string; client: Client }) => user.id === user.client.user?.id,
  },
  GuildMemberManager: {
    maxSize: 0,
    keepOverLimit: (member: { id: string; client: Client }) => member.id === member.client.user?.id,
  },
} as const;

/**
 * A client for the bot; `apiUrl` points REST (and so the gateway lookup) at a proxy or a local fake.
 * `sharded`: the process was spawned by the ShardingManager, which passes the shard ids in the
 * environment; otherwise the client runs the one shard and must not read our own SHARDS setting
 * (discord.js would JSON-parse "auto" or "" from it and crash).
 */
export function createClient(apiUrl?: string, sharded = false): Client {
  return new Client({
    ...(sharded ? {} : { shards: [0], shardCount: 1 }),
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels are not cached before their first message arrives.
    partials: [Partials.Channel],
    allowedMentions: { parse: [] },
    makeCache: Options.cacheWithLimits(CACHES),
    ...(apiUrl ? { rest: { api: apiUrl } } : {}),
  });
}
