/** The discord.js client as the bot needs it: no privileged intents, REST base overridable. */
import { Client, GatewayIntentBits, Partials } from "discord.js";

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
    ...(apiUrl ? { rest: { api: apiUrl } } : {}),
  });
}
