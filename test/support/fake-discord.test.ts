// Specification of the fake Discord, written against the real discord.js client: every test logs a
// Client in to the fake, so these tests are also the proof that discord.js works against it.
import { once } from "node:events";
import zlib from "node:zlib";
import {
  ApplicationCommandOptionType,
  AttachmentBuilder,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputApplicationCommandData,
  type ChatInputCommandInteraction,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  GatewayOpcodes,
  HTTPError,
  InteractionResponseType,
  type Message,
  MessageFlags,
  Partials,
  PermissionFlagsBits,
} from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { type FakeDiscord, type FakeDiscordOptions, startFakeDiscord } from "./fake-discord/index.ts";

const running: { clients: Client[]; fakes: FakeDiscord[] } = { clients: [], fakes: [] };

afterEach(async () => {
  // Clients first: a client whose server vanished would start reconnecting.
  await Promise.all(running.clients.splice(0).map((client) => client.destroy()));
  await Promise.all(running.fakes.splice(0).map((fake) => fake.close()));
});

/** Starts a fake and a client configured exactly like the bot's, and waits until the client is ready. */
async function startBot(options: FakeDiscordOptions = {}): Promise<{ fake: FakeDiscord; client: Client }> {
  const fake = await startFakeDiscord(options);
  running.fakes.push(fake);
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    rest: { api: fake.apiUrl },
  });
  running.clients.push(client);
  const ready = once(client, Events.ClientReady);
  await client.login(fake.token);
  await ready;
  return { fake, client };
}

/** Runs `handler` for chat-input commands; errors are kept so a test can assert on them. */
function onCommand(client: Client, handler: (interaction: ChatInputCommandInteraction) => Promise<unknown>) {
  const errors: unknown[] = [];
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isChatInputCommand()) handler(interaction).catch((error: unknown) => errors.push(error));
  });
  return errors;
}

/** Resolves with the next error `handler` records. */
async function nextError(errors: unknown[]): Promise<unknown> {
  const deadline = Date.now() + 4_000;
  while (errors.length === 0) {
    if (Date.now() > deadline) throw new Error("no error was recorded");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return errors[0];
}

describe("fake Discord: login", () => {
  it("lets a discord.js client log in and become ready with the guild and its text channel cached", async () => {
    const { fake, client } = await startBot();

    expect(client.user?.id).toBe(fake.botUser.id);
    expect(client.application?.id).toBe(fake.applicationId);
    const guild = client.guilds.cache.get(fake.guildId);
    expect(guild?.available).toBe(true);
    expect(guild?.members.me?.id).toBe(fake.botUser.id);
    const channel = client.channels.cache.get(fake.channelId);
    expect(channel?.isTextBased()).toBe(true);
    expect(fake.unroutedRequests).toEqual([]);
  });

  it("receives the token and the bot's intents in IDENTIFY", async () => {
    const { fake } = await startBot();

    const identify = await fake.waitForIdentify();

    expect(identify.token).toBe(fake.token);
    expect(identify.intents).toBe(
      GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages,
    );
    expect(fake.gateway.connections[0]?.query).toMatchObject({ v: "10", encoding: "json" });
  });

  it("acknowledges heartbeats so discord.js measures a ping", async () => {
    const { fake, client } = await startBot({ heartbeatIntervalMs: 40 });

    const heartbeats = () =>
      fake.gateway.received.filter((payload) => payload.op === GatewayOpcodes.Heartbeat);
    // A heartbeat carries the last sequence number; it is null only for beats sent before READY.
    await expect
      .poll(() => heartbeats().filter((beat) => typeof beat.d === "number").length)
      .toBeGreaterThanOrEqual(2);
    await expect.poll(() => client.ws.ping).toBeGreaterThanOrEqual(0);

    expect(heartbeats().length).toBeGreaterThanOrEqual(2);
  });

  it("rejects a wrong token the way Discord does, so login fails with TokenInvalid", async () => {
    const fake = await startFakeDiscord();
    running.fakes.push(fake);
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
    running.clients.push(client);

    await expect(client.login("MTIz.abcdef.not-the-token")).rejects.toMatchObject({ code: "TokenInvalid" });
    expect(fake.requests[0]).toMatchObject({ method: "GET", path: "/gateway/bot", status: 401 });
  });
});

describe("fake Discord: slash commands", () => {
  it("delivers a slash command as a ChatInputCommandInteraction and records an ephemeral reply", async () => {
    const { fake, client } = await startBot();
    const seen: ChatInputCommandInteraction[] = [];
    onCommand(client, async (interaction) => {
      seen.push(interaction);
      await interaction.reply({
        content: `You asked: ${interaction.options.getString("question")}`,
        flags: MessageFlags.Ephemeral,
      });
    });

    const handle = await fake.sendSlashCommand({
      name: "ask",
      options: { question: "What does Merz demand?", limit: 3 },
    });
    const callback = await handle.waitForResponse();

    const interaction = seen[0];
    expect(interaction?.commandName).toBe("ask");
    expect(interaction?.options.getString("question")).toBe("What does Merz demand?");
    expect(interaction?.options.getInteger("limit")).toBe(3);
    expect(interaction?.guildId).toBe(fake.guildId);
    expect(interaction?.channelId).toBe(fake.channelId);
    expect(interaction?.user.id).toBe(fake.user.id);
    expect(callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(callback.data?.content).toBe("You asked: What does Merz demand?");
    expect(callback.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(handle.original?.flags).toBe(MessageFlags.Ephemeral);
  });

  it("passes the user, locale and DM context through, and answers in the DM", async () => {
    const { fake, client } = await startBot();
    const seen: ChatInputCommandInteraction[] = [];
    onCommand(client, async (interaction) => {
      seen.push(interaction);
      await interaction.reply("Hallo");
    });
    const alice = fake.makeUser({ username: "alice" });

    const handle = await fake.sendSlashCommand({ name: "ask", user: alice, locale: "de", guild: false });
    const reply = await handle.waitForReply();

    expect(seen[0]?.user.username).toBe("alice");
    expect(seen[0]?.locale).toBe("de");
    expect(seen[0]?.inGuild()).toBe(false);
    expect(seen[0]?.channel?.isDMBased()).toBe(true);
    expect(reply.content).toBe("Hallo");
    expect(reply.channel_id).not.toBe(fake.channelId);
  });

  it("records deferReply then editReply as callback type 5 followed by a PATCH of @original", async () => {
    const { fake, client } = await startBot();
    onCommand(client, async (interaction) => {
      await interaction.deferReply();
      await new Promise((resolve) => setTimeout(resolve, 20));
      await interaction.editReply({ content: "Merz demands a ceasefire.", allowedMentions: { parse: [] } });
    });

    const handle = await fake.sendSlashCommand({ name: "ask" });
    const reply = await handle.waitForReply();

    expect(handle.responses.map((response) => response.kind)).toEqual(["callback", "edit"]);
    expect(handle.callback?.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(handle.responses[1]?.request).toMatchObject({ method: "PATCH" });
    expect(handle.responses[1]?.request.path).toMatch(/\/messages\/@original$/);
    expect(reply.content).toBe("Merz demands a ceasefire.");
    expect(reply.allowed_mentions).toEqual({ parse: [] });
    expect((reply.flags ?? 0) & MessageFlags.Loading).toBe(0);
  });

  it("records follow-ups after the reply, in order", async () => {
    const { fake, client } = await startBot();
    onCommand(client, async (interaction) => {
      await interaction.reply("Part 1");
      await interaction.followUp({ content: "Part 2", flags: MessageFlags.Ephemeral });
    });

    const handle = await fake.sendSlashCommand({ name: "ask" });
    const followUp = await handle.waitForFollowUp();

    expect(handle.responses.map((response) => response.kind)).toEqual(["callback", "followUp"]);
    expect(handle.original?.content).toBe("Part 1");
    expect(followUp.content).toBe("Part 2");
    expect(followUp.flags).toBe(MessageFlags.Ephemeral);
  });

  it("serves fetchReply and deleteReply on @original", async () => {
    const { fake, client } = await startBot();
    const fetched: Message[] = [];
    onCommand(client, async (interaction) => {
      await interaction.reply("Temporary");
      fetched.push(await interaction.fetchReply());
      await interaction.deleteReply();
    });

    const handle = await fake.sendSlashCommand({ name: "ask" });
    await handle.waitFor((response) => response.kind === "delete");

    expect(fetched[0]?.content).toBe("Temporary");
    expect(fetched[0]?.id).toBe(handle.originalId);
    expect(handle.original).toBeUndefined();
  });

  it("answers ?with_response=true with the callback resource discord.js expects", async () => {
    const { fake, client } = await startBot();
    const messageIds: (string | undefined)[] = [];
    onCommand(client, async (interaction) => {
      const response = await interaction.reply({ content: "With response", withResponse: true });
      messageIds.push(response.resource?.message?.id);
    });

    const handle = await fake.sendSlashCommand({ name: "ask" });
    await handle.waitForResponse();
    await expect.poll(() => messageIds.length).toBe(1);

    expect(handle.callback?.request.query.with_response).toBe("true");
    expect(messageIds).toEqual([handle.originalId]);
  });

  it("parses multipart bodies: payload_json becomes the body and files become attachments", async () => {
    const { fake, client } = await startBot();
    onCommand(client, (interaction) =>
      interaction.reply({
        content: "Source attached",
        files: [new AttachmentBuilder(Buffer.from("quote"), { name: "quote.txt" })],
      }),
    );

    const handle = await fake.sendSlashCommand({ name: "source" });
    const reply = await handle.waitForReply();

    expect(handle.callback?.data?.content).toBe("Source attached");
    expect(handle.callback?.request.files[0]).toMatchObject({ field: "files[0]", filename: "quote.txt" });
    expect(handle.callback?.request.files[0]?.data.toString()).toBe("quote");
    expect(reply.attachments[0]).toMatchObject({ filename: "quote.txt", size: 5 });
  });

  it("rejects content over 2000 characters with Discord's Invalid Form Body error", async () => {
    const { fake, client } = await startBot();
    const errors = onCommand(client, (interaction) => interaction.reply("x".repeat(2001)));

    const handle = await fake.sendSlashCommand({ name: "ask" });
    const error = await nextError(errors);

    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(50035);
    expect(handle.acknowledged).toBe(false);
  });

  it("forgets interactions not answered within the deadline (10062 Unknown interaction)", async () => {
    const { fake, client } = await startBot({ interactionDeadlineMs: 50 });
    const errors = onCommand(client, async (interaction) => {
      await new Promise((resolve) => setTimeout(resolve, 120));
      await interaction.reply("Too late");
    });

    await fake.sendSlashCommand({ name: "ask" });
    const error = await nextError(errors);

    expect((error as DiscordAPIError).code).toBe(10062);
  });
});

describe("fake Discord: autocomplete and components", () => {
  it("records autocomplete respond() as callback type 8 with the choices", async () => {
    const { fake, client } = await startBot();
    const focused: unknown[] = [];
    client.on(Events.InteractionCreate, (interaction) => {
      if (!interaction.isAutocomplete()) return;
      const autocomplete: AutocompleteInteraction = interaction;
      focused.push(autocomplete.options.getFocused(true));
      void autocomplete.respond([{ name: "Merz on Ukraine", value: "merz-ukraine" }]);
    });

    const handle = await fake.sendAutocomplete({
      name: "quote",
      options: { speaker: "Merz", topic: "ukr" },
      focused: "topic",
    });
    const callback = await handle.waitForResponse();

    expect(focused).toEqual([
      { name: "topic", type: ApplicationCommandOptionType.String, value: "ukr", focused: true },
    ]);
    expect(callback.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(callback.data?.choices).toEqual([{ name: "Merz on Ukraine", value: "merz-ukraine" }]);
  });

  it("records a button's update() as callback type 7 and applies it to the message", async () => {
    const { fake, client } = await startBot();
    const clicked: ButtonInteraction[] = [];
    client.on(Events.InteractionCreate, (interaction) => {
      if (!interaction.isButton()) return;
      clicked.push(interaction);
      void interaction.update({ content: "Showing page 2", components: [] });
    });

    const handle = await fake.sendComponent({ customId: "page:2" });
    const updated = await handle.waitForReply();

    expect(clicked[0]?.customId).toBe("page:2");
    expect(clicked[0]?.message.id).toBe(handle.originalId);
    expect(handle.callback?.type).toBe(InteractionResponseType.UpdateMessage);
    expect(updated.content).toBe("Showing page 2");
    expect(updated.components).toEqual([]);
  });

  it("lets a button act on a message the bot sent earlier as an interaction reply", async () => {
    const { fake, client } = await startBot();
    client.on(Events.InteractionCreate, (interaction) => {
      if (interaction.isChatInputCommand()) {
        void interaction.reply({
          content: "Page 1",
          components: [{ type: 1, components: [{ type: 2, style: 1, custom_id: "next", label: "Next" }] }],
        });
      } else if (interaction.isButton()) {
        void interaction.update({ content: "Page 2" });
      }
    });

    const command = await fake.sendSlashCommand({ name: "ask" });
    const page1 = await command.waitForReply();
    const click = await fake.sendComponent({ customId: "next", message: page1 });
    await click.waitForReply();

    expect(command.original?.content).toBe("Page 2");
  });
});

describe("fake Discord: messages", () => {
  it("delivers a mention as messageCreate and records message.reply() as a channel message", async () => {
    const { fake, client } = await startBot();
    const received: Message[] = [];
    client.on(Events.MessageCreate, (message) => {
      if (message.author.bot) return;
      received.push(message);
      void message.reply("Merz demands a ceasefire.");
    });

    const question = await fake.sendMessage({ content: "what does Merz demand?", mentionsBot: true });
    const reply = await fake.waitForChannelMessage();

    expect(received[0]?.content).toBe(`<@${fake.botUser.id}> what does Merz demand?`);
    expect(received[0]?.mentions.users.has(fake.botUser.id)).toBe(true);
    expect(reply.channel_id).toBe(fake.channelId);
    expect(reply.content).toBe("Merz demands a ceasefire.");
    expect(reply.message_reference?.message_id).toBe(question.id);
    expect(reply.mentions.map((user) => user.id)).toEqual([fake.user.id]);
  });

  it("hides the content of guild messages that do not mention the bot (no MessageContent intent)", async () => {
    const { fake, client } = await startBot();
    const contents: string[] = [];
    client.on(Events.MessageCreate, (message) => {
      if (!message.author.bot) contents.push(message.content);
    });

    await fake.sendMessage({ content: "chatting among ourselves" });
    await fake.sendMessage({ content: "a question", mentionsBot: true });
    await expect.poll(() => contents.length).toBe(2);

    expect(contents).toEqual(["", `<@${fake.botUser.id}> a question`]);
  });

  it("delivers a DM (uncached channel, Partials.Channel) and records the reply in the DM channel", async () => {
    const { fake, client } = await startBot();
    client.on(Events.MessageCreate, (message) => {
      if (!message.author.bot && !message.inGuild()) void message.reply(`DM answer to: ${message.content}`);
    });

    const question = await fake.sendMessage({ content: "hello in private", dm: true });
    const reply = await fake.waitForChannelMessage();

    expect(reply.channel_id).toBe(question.channel_id);
    expect(reply.channel_id).not.toBe(fake.channelId);
    expect(reply.content).toBe("DM answer to: hello in private");
  });

  it("echoes the bot's own messages back over the gateway, as Discord does", async () => {
    const { fake, client } = await startBot();
    const authors: string[] = [];
    client.on(Events.MessageCreate, (message) => {
      authors.push(message.author.id);
      if (!message.author.bot) void message.reply("pong");
    });

    await fake.sendMessage({ content: "ping", mentionsBot: true });
    await expect.poll(() => authors.length).toBe(2);

    expect(authors).toEqual([fake.user.id, fake.botUser.id]);
  });
});

describe("fake Discord: gateway resilience", () => {
  it("makes discord.js RESUME after a dropped connection and replays what it missed", async () => {
    const { fake, client } = await startBot();
    onCommand(client, (interaction) => interaction.reply(`answer to ${interaction.commandName}`));

    fake.dropConnection(4000);
    const missed = await fake.sendSlashCommand({ name: "during-outage" });
    const resume = await fake.waitForResume();
    const after = await fake.sendSlashCommand({ name: "after-outage" });

    expect(fake.gateway.received.some((payload) => payload.op === GatewayOpcodes.Resume)).toBe(true);
    expect(resume.replayed).toBeGreaterThanOrEqual(1);
    expect(fake.gateway.connections.at(-1)?.path).toBe("/resume");
    expect(fake.gateway.sessions).toHaveLength(1);
    expect((await missed.waitForReply()).content).toBe("answer to during-outage");
    expect((await after.waitForReply()).content).toBe("answer to after-outage");
  });

  it("also resumes after an abnormal close (1006) and after op 7 RECONNECT", async () => {
    const { fake, client } = await startBot();
    onCommand(client, (interaction) => interaction.reply("still here"));

    fake.dropConnection(1006);
    await fake.waitForResume();
    fake.requestReconnect();
    await fake.waitForResume();
    const handle = await fake.sendSlashCommand({ name: "ask" });

    expect(fake.gateway.resumes).toHaveLength(2);
    expect((await handle.waitForReply()).content).toBe("still here");
  });
});

describe("fake Discord: shutdown", () => {
  it("ends the session for good on close(), so a client that was not destroyed stops reconnecting", async () => {
    const { fake, client } = await startBot();
    const disconnected = once(client, Events.ShardDisconnect);

    await fake.close();
    const [event] = (await disconnected) as [{ code: number }];

    expect(event.code).toBe(4004);
  });
});

describe("fake Discord: REST faults", () => {
  it("answers an injected 429 so discord.js waits retry_after and retries; the reply is recorded once", async () => {
    const { fake, client } = await startBot();
    onCommand(client, (interaction) => interaction.reply("after the rate limit"));
    fake.failNext(
      { method: "POST", path: /^\/interactions\/.+\/callback$/ },
      { status: 429, retryAfter: 0.2 },
    );

    const handle = await fake.sendSlashCommand({ name: "ask" });
    await handle.waitForResponse();

    const attempts = fake.requests.filter((request) => request.path.endsWith("/callback"));
    expect(attempts.map((request) => request.status)).toEqual([429, 204]);
    expect((attempts[1]?.time ?? 0) - (attempts[0]?.time ?? 0)).toBeGreaterThanOrEqual(190);
    expect(handle.responses).toHaveLength(1);
    expect(handle.original?.content).toBe("after the rate limit");
  });

  it("rate-limits channel messages too (per-route bucket headers)", async () => {
    const { fake, client } = await startBot();
    client.on(Events.MessageCreate, (message) => {
      if (!message.author.bot) void message.reply("eventually");
    });
    fake.failNext(
      { method: "POST", path: `/channels/${fake.channelId}/messages` },
      { status: 429, retryAfter: 0.1 },
    );

    await fake.sendMessage({ content: "hi", mentionsBot: true });
    const reply = await fake.waitForChannelMessage();

    expect(reply.content).toBe("eventually");
    expect(
      fake.requests.filter((request) => request.path.endsWith("/messages")).map((r) => r.status),
    ).toEqual([429, 200]);
  });

  it("makes the reply promise reject on a persistent 500 (discord.js retries 5xx 3 times) without crashing", async () => {
    const { fake, client } = await startBot();
    const errors = onCommand(client, (interaction) => interaction.reply("unlucky"));
    fake.failNext((request) => request.path.endsWith("/callback"), { status: 500, times: 4 });

    const failed = await fake.sendSlashCommand({ name: "ask" });
    const error = await nextError(errors);
    const next = await fake.sendSlashCommand({ name: "ask" });

    expect(error).toBeInstanceOf(HTTPError);
    expect((error as HTTPError).status).toBe(500);
    expect(failed.acknowledged).toBe(false);
    expect(fake.pendingFaults).toBe(0);
    expect((await next.waitForReply()).content).toBe("unlucky");
  });

  it("lets a single 500 pass unnoticed, because discord.js retries it", async () => {
    const { fake, client } = await startBot();
    onCommand(client, (interaction) => interaction.reply("retried"));
    fake.failNext((request) => request.path.endsWith("/callback"), { status: 500 });

    const handle = await fake.sendSlashCommand({ name: "ask" });

    expect((await handle.waitForReply()).content).toBe("retried");
    expect(
      fake.requests.filter((request) => request.path.endsWith("/callback")).map((r) => r.status),
    ).toEqual([500, 204]);
  });

  it("answers unknown routes with a Discord-shaped 404 and records them as unrouted", async () => {
    const { fake, client } = await startBot();

    await expect(client.rest.get("/guilds/1/audit-logs")).rejects.toBeInstanceOf(DiscordAPIError);

    expect(fake.unroutedRequests.map((request) => request.path)).toEqual(["/guilds/1/audit-logs"]);
  });
});

describe("fake Discord: application commands", () => {
  it("stores global and guild command registrations and uses their ids in interactions", async () => {
    const { fake, client } = await startBot();
    const ask: ChatInputApplicationCommandData = {
      name: "ask",
      description: "Ask about the article",
      options: [
        {
          name: "question",
          description: "Your question",
          type: ApplicationCommandOptionType.String,
          required: true,
        },
      ],
    };
    const global = await client.application?.commands.set([ask]);
    await client.application?.commands.set([{ name: "quote", description: "Find a quote" }], fake.guildId);
    const again = await client.application?.commands.set([ask]);
    const seen: string[] = [];
    onCommand(client, async (interaction) => {
      seen.push(interaction.commandId);
      await interaction.reply("ok");
    });

    const handle = await fake.sendSlashCommand({ name: "ask", options: { question: "Why?" } });
    await handle.waitForResponse();

    expect(fake.commands.global.map((command) => command.name)).toEqual(["ask"]);
    expect(fake.commands.guild.map((command) => command.name)).toEqual(["quote"]);
    expect(again?.first()?.id).toBe(global?.first()?.id);
    expect(seen).toEqual([global?.first()?.id]);
  });

  it("rejects invalid command definitions like Discord (50035)", async () => {
    const { client } = await startBot();

    await expect(
      client.application?.commands.set([{ name: "Ask Me", description: "" }]),
    ).rejects.toMatchObject({
      code: 50035,
    });
  });
});

describe("fake Discord: raw gateway protocol", () => {
  /** Opens a plain WebSocket to the fake and collects the JSON payloads it sends. */
  async function openGateway(fake: FakeDiscord) {
    const socket = new WebSocket(`${fake.gatewayUrl}?v=10&encoding=json`);
    const payloads: { op: number; d: unknown; s?: number | null; t?: string | null }[] = [];
    socket.on("message", (data: Buffer) => payloads.push(JSON.parse(data.toString("utf8"))));
    const closed = new Promise<number>((resolve) => socket.on("close", (code) => resolve(code)));
    await once(socket, "open");
    return { socket, payloads, closed };
  }

  it("answers IDENTIFY with READY then GUILD_CREATE, numbered 1 and 2, and RESUME of an unknown session with op 9", async () => {
    const fake = await startFakeDiscord();
    running.fakes.push(fake);
    const first = await openGateway(fake);
    first.socket.send(
      JSON.stringify({ op: GatewayOpcodes.Identify, d: { token: fake.token, intents: 1, properties: {} } }),
    );
    await expect.poll(() => first.payloads.length).toBe(3);
    const second = await openGateway(fake);
    second.socket.send(
      JSON.stringify({ op: GatewayOpcodes.Resume, d: { token: fake.token, session_id: "nope", seq: 2 } }),
    );
    await expect.poll(() => second.payloads.length).toBe(2);
    first.socket.close();
    second.socket.close();

    expect(first.payloads.map((payload) => [payload.op, payload.t, payload.s])).toEqual([
      [GatewayOpcodes.Hello, null, null],
      [GatewayOpcodes.Dispatch, "READY", 1],
      [GatewayOpcodes.Dispatch, "GUILD_CREATE", 2],
    ]);
    expect(second.payloads[1]).toMatchObject({ op: GatewayOpcodes.InvalidSession, d: false });
  });

  it("closes with 4004 when IDENTIFY carries the wrong token", async () => {
    const fake = await startFakeDiscord();
    running.fakes.push(fake);
    const { socket, closed } = await openGateway(fake);

    socket.send(
      JSON.stringify({ op: GatewayOpcodes.Identify, d: { token: "wrong", intents: 1, properties: {} } }),
    );

    expect(await closed).toBe(4004);
  });
});

describe("fake Discord: gateway compression", () => {
  it("speaks zlib-stream when the client asks for it (what discord.js does with zlib-sync installed)", async () => {
    const fake = await startFakeDiscord({ heartbeatIntervalMs: 1234 });
    running.fakes.push(fake);
    const socket = new WebSocket(`${fake.gatewayUrl}?v=10&encoding=json&compress=zlib-stream`);
    const inflate = zlib.createInflate();
    const payloads: { op: number; d: unknown }[] = [];
    let buffered = "";
    inflate.on("data", (chunk: Buffer) => {
      buffered += chunk.toString("utf8");
      try {
        payloads.push(JSON.parse(buffered) as { op: number; d: unknown });
        buffered = "";
      } catch {
        // A payload may span several inflated chunks.
      }
    });
    socket.on("message", (data: Buffer) => inflate.write(data));

    await expect.poll(() => payloads.length).toBe(1);
    socket.close();

    expect(payloads[0]).toEqual({
      op: GatewayOpcodes.Hello,
      d: { heartbeat_interval: 1234 },
      s: null,
      t: null,
    });
  });
});

describe("fake Discord: message commands, reactions, threads and channel permissions", () => {
  it("delivers a message command with its target in resolved.messages, as discord.js reads it", async () => {
    const { fake, client } = await startBot();
    const seen = new Promise<string>((resolve) =>
      client.on(Events.InteractionCreate, (interaction) => {
        if (interaction.isMessageContextMenuCommand()) resolve(interaction.targetMessage.content);
      }),
    );
    const target = await fake.sendMessage({ content: "a message someone wrote" });
    const handle = await fake.sendMessageCommand({ name: "Check", target });
    expect(handle.payload.data).toMatchObject({ type: 3, target_id: target.id });
    expect(await seen).toBe("a message someone wrote");
  });

  it("records a reaction the bot adds (204), once however often it adds it", async () => {
    const { fake, client } = await startBot();
    const target = await fake.sendMessage({ content: "react to me" });
    const channel = await client.channels.fetch(fake.channelId);
    if (!channel?.isTextBased()) throw new Error("no text channel");
    const message = await channel.messages.fetch(target.id);
    await message.react("⏳");
    await message.react("⏳");
    expect(fake.requests.filter((r) => r.method === "PUT").map((r) => r.status)).toEqual([204, 204]);
    expect(fake.message(target.id)?.reactions).toEqual([
      expect.objectContaining({ count: 1, me: true, emoji: { id: null, name: "⏳" } }),
    ]);
  });

  it("refuses a post the bot's permissions in the channel do not allow with 50013, and any call without View Channel with 50001", async () => {
    const { fake, client } = await startBot();
    const channel = await client.channels.fetch(fake.channelId);
    if (!channel?.isSendable()) throw new Error("no sendable channel");
    await fake.denyBotPermissions(fake.channelId, PermissionFlagsBits.EmbedLinks);
    await channel.send({ content: "text only is fine" });
    await expect(channel.send({ embeds: [{ title: "an embed" }] })).rejects.toMatchObject({
      code: 50013,
      status: 403,
    });
    await fake.denyBotPermissions(fake.channelId, PermissionFlagsBits.ViewChannel);
    await expect(channel.send({ content: "hello" })).rejects.toMatchObject({ code: 50001, status: 403 });
    // The channel update reaches the client, so it knows its own permissions there.
    const me = client.user?.id ?? "";
    await expect
      .poll(() => channel.isDMBased() || channel.permissionsFor(me)?.has("ViewChannel"))
      .toBe(false);
    await fake.denyBotPermissions(fake.channelId, 0n);
    await channel.send({ content: "allowed again" });
  });

  it("has a thread the bot is in, which takes its parent's overwrites and Send Messages in Threads", async () => {
    const { fake, client } = await startBot();
    const thread = await client.channels.fetch(fake.threadId);
    expect(thread?.isThread() && thread.parentId).toBe(fake.channelId);
    if (!thread?.isSendable()) throw new Error("no sendable thread");
    await thread.send({ content: "in the thread" });
    await fake.denyBotPermissions(fake.channelId, PermissionFlagsBits.SendMessagesInThreads);
    await expect(thread.send({ content: "again" })).rejects.toMatchObject({ code: 50013 });
    const handle = await fake.sendSlashCommand({ name: "ping", thread: true });
    expect(handle.payload.channel_id).toBe(fake.threadId);
    expect(BigInt(handle.payload.app_permissions) & PermissionFlagsBits.SendMessagesInThreads).toBe(0n);
  });
});
