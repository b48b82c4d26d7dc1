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
 * Retries of a REST request that met a 5xx or a timeout. discord.js retries without waiting, so its
 * default (3) only multiplies an outage's failed requests by four; one retry gets past a single
 * dropped answer, and the REST outage line (health.ts) tells the operator about the rest.
 */
export const REST_RETRIES = 1;

/**
 * How often discord.js forgets the rate-limit handlers of routes no longer in use. Every answer
 * whose buttons come off edits through a webhook route of its own, so with the default (an hour) a
 * busy bot would keep a handler for each such answer of the last hour.
 */
const REST_HANDLER_SWEEP_MS = 60_000;

/**
 * Outgoing embeds, components and choices as given: the bot builds them in Discord's own shapes
 * (discord-api-types, snake_case already), and the default transformer re-keys every object of every
 * payload through lodash's snakeCase (3% of the bot's CPU per `/ask` under load, measured).
 */
const asGiven = (data: unknown): unknown => data;

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
    jsonTransformer: asGiven,
    rest: {
      retries: REST_RETRIES,
      handlerSweepInterval: REST_HANDLER_SWEEP_MS,
      ...(apiUrl ? { api: apiUrl } : {}),
    },
  });
}
