/**
 * The floor for the bot-process bench: a trivial discord.js bot with the client options shape the
 * real bot uses (src/discord/client.ts: one shard, intents Guilds, REST pointed at DISCORD_API_URL),
 * answering every chat-input `/ping` with "pong". Run as `node --import tsx bench/trivial-bot.ts`.
 */
import { Client, Events, GatewayIntentBits } from "discord.js";

const api = process.env.DISCORD_API_URL;
const client = new Client({
  shards: [0],
  shardCount: 1,
  intents: [GatewayIntentBits.Guilds],
  ...(api ? { rest: { api } } : {}),
});

client.on(Events.InteractionCreate, (interaction) => {
  if (!interaction.isChatInputCommand() || interaction.commandName !== "ping") return;
  interaction.reply({ content: "pong" }).catch((error: unknown) => console.error(error));
});

process.once("SIGTERM", () => {
  void client.destroy().finally(() => process.exit(0));
});

await client.login(process.env.DISCORD_TOKEN);
