/** The discord.js client as the bot needs it: no privileged intents, REST base overridable. */
import { Client, GatewayIntentBits, Partials } from "discord.js";

/** A client for the bot; `apiUrl` points REST (and so the gateway lookup) at a proxy or a local fake. */
export function createClient(apiUrl?: string): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels are not cached before their first message arrives.
    partials: [Partials.Channel],
    allowedMentions: { parse: [] },
    ...(apiUrl ? { rest: { api: apiUrl } } : {}),
  });
}
