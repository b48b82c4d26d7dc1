// A local fake of Discord (REST + gateway) that the real discord.js client can log in to. Tests start one
// with `startFakeDiscord()`, point a Client at `fake.apiUrl`, play the user's side (slash commands,
// mentions, DMs, button clicks) and assert on what the bot sent back:
//
//   const fake = await startFakeDiscord();
//   const client = new Client({ intents, partials: [Partials.Channel], rest: { api: fake.apiUrl } });
//   const ready = once(client, Events.ClientReady);
//   await client.login(fake.token);
//   await ready;
//   const handle = await fake.sendSlashCommand({ name: "ask", options: { question: "What does Merz demand?" } });
//   expect((await handle.waitForReply()).content).toContain("ceasefire");
//
// Beyond that: message commands (`sendMessageCommand({ name, target })`, the target in
// `data.resolved.messages`), a thread (`thread: true`, `threadId`), user-install interactions in a
// private channel (`privateChannel: true`), the bot's reactions, channel overwrites that take
// permissions from the bot (`denyBotPermissions`: 403 with 50013/50001, smaller `app_permissions`),
// and answers held while a test acts (`holdResponse`).
//
//   await client.destroy();
//   await fake.close();
import {
  type APIApplicationCommand,
  type APIApplicationCommandAutocompleteInteraction,
  type APIAttachment,
  type APIChatInputApplicationCommandInteraction,
  type APIComponentInMessageActionRow,
  type APIInteraction,
  type APIMessageApplicationCommandInteraction,
  type APIMessageComponentInteraction,
  type APIModalSubmitInteraction,
  type APITextChannel,
  type APIUser,
  ButtonStyle,
  ComponentType,
  GatewayDispatchEvents,
  type GatewayIdentifyData,
  GatewayOpcodes,
  InteractionResponseType,
  MessageFlags,
} from "discord.js";
import { type EchoKind, type FakeContext, InteractionRegistry } from "./context.ts";
import { FaultInjector, matchesRequest } from "./faults.ts";
import {
  FakeGateway,
  type ReceivedGatewayPayload,
  type ResumeRecord,
  type SentDispatch,
  type SessionRecord,
  type WithheldDispatch,
} from "./gateway.ts";
import type { GatewayConnectionInfo } from "./gateway-connection.ts";
import { type HoldAction, ResponseHolds } from "./holds.ts";
import { InteractionHandle } from "./interaction-handle.ts";
import {
  type AutocompleteInput,
  buildAutocomplete,
  buildComponent,
  buildMessageCommand,
  buildModalSubmit,
  buildSlashCommand,
  type ComponentInput,
  type MessageCommandInput,
  type ModalSubmitInput,
  type SlashCommandInput,
} from "./interaction-payloads.ts";
import { MessageStore, withoutFakeFields } from "./messages.ts";
import { applicationRoutes } from "./routes/application.ts";
import { cdnRoutes } from "./routes/cdn.ts";
import { channelRoutes } from "./routes/channels.ts";
import { interactionRoutes } from "./routes/interactions.ts";
import { RestServer } from "./server.ts";
import { snowflake } from "./snowflake.ts";
import { FakeState, type MakeUserOptions, type WorldOptions } from "./state.ts";
import type { FakeMessage, Fault, RecordedRequest, RequestMatcher } from "./types.ts";
import { ChangeSignal, DEFAULT_WAIT_MS } from "./waiting.ts";

export type {
  ReceivedGatewayPayload,
  ResumeRecord,
  SentDispatch,
  SessionRecord,
  WithheldDispatch,
} from "./gateway.ts";
export type { GatewayConnectionInfo } from "./gateway-connection.ts";
export { InteractionHandle } from "./interaction-handle.ts";
export type {
  AutocompleteInput,
  CommandOptionInput,
  CommandOptionsInput,
  ComponentInput,
  InteractionOrigin,
  MessageCommandInput,
  ModalSubmitInput,
  OptionValue,
  SlashCommandInput,
} from "./interaction-payloads.ts";
export type { MakeUserOptions, WorldOptions } from "./state.ts";
export type * from "./types.ts";

/** Options for {@link startFakeDiscord}; all optional. */
export interface FakeDiscordOptions extends WorldOptions {
  /** HELLO's heartbeat_interval in ms; default 41 250 like Discord. Small values exercise heartbeating. */
  heartbeatIntervalMs?: number;
  /** How long the bot has to send an interaction's initial response; default 3 000 ms like Discord. */
  interactionDeadlineMs?: number;
  /** Whether the bot receives MESSAGE_CREATE/UPDATE/DELETE for its own messages, as on Discord; default true. */
  echoBotMessages?: boolean;
  /** Default timeout of the `waitFor…` helpers; default 3 000 ms. */
  waitTimeoutMs?: number;
  /**
   * The gateway URL GET /gateway/bot hands out; default the fake's own. One where nothing listens
   * plays a network that lets REST through but not the gateway's WebSocket.
   */
  advertisedGatewayUrl?: string;
}

/** Describes a message a user sends in the fixture channel or in a DM with the bot. */
export interface SendMessageInput {
  content: string;
  /** Prefixes `<@BOT_ID> ` (unless the content already mentions the bot) and lists the bot in `mentions`. */
  mentionsBot?: boolean;
  /** Send it in the author's DM channel with the bot instead of the guild channel. */
  dm?: boolean;
  /** Send it in the fixture channel's thread instead of the channel. */
  thread?: boolean;
  /** Defaults to the fake's default user. */
  author?: APIUser;
  /** Makes the message a reply to this one (which pings its author). */
  replyTo?: FakeMessage;
}

/** Read-only view of the gateway's records. */
export interface GatewayView {
  readonly connected: boolean;
  readonly connections: readonly GatewayConnectionInfo[];
  readonly received: readonly ReceivedGatewayPayload[];
  readonly dispatched: readonly SentDispatch[];
  readonly sessions: readonly SessionRecord[];
  readonly resumes: readonly ResumeRecord[];
  readonly withheld: readonly WithheldDispatch[];
}

/** A running fake Discord. Create it with {@link startFakeDiscord}; close it with {@link FakeDiscord.close}. */
export class FakeDiscord {
  readonly #options: Required<Pick<FakeDiscordOptions, "echoBotMessages" | "waitTimeoutMs">>;
  readonly #state: FakeState;
  readonly #signal = new ChangeSignal();
  readonly #messages: MessageStore;
  readonly #interactions = new InteractionRegistry();
  readonly #faults = new FaultInjector();
  readonly #holds = new ResponseHolds();
  readonly #channelMessageIds: string[] = [];
  readonly #gateway: FakeGateway;
  readonly #rest: RestServer;
  #port = 0;
  #closed = false;

  private constructor(options: FakeDiscordOptions) {
    this.#options = {
      echoBotMessages: options.echoBotMessages ?? true,
      waitTimeoutMs: options.waitTimeoutMs ?? DEFAULT_WAIT_MS,
    };
    this.#state = new FakeState(options);
    this.#messages = new MessageStore(this.#state, () => `http://127.0.0.1:${this.#port}`);
    this.#gateway = new FakeGateway({
      state: this.#state,
      signal: this.#signal,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      resumeUrl: () => `${this.gatewayUrl}/resume`,
    });
    const context: FakeContext = {
      state: this.#state,
      messages: this.#messages,
      interactions: this.#interactions,
      signal: this.#signal,
      channelMessageIds: this.#channelMessageIds,
      interactionDeadlineMs: options.interactionDeadlineMs ?? 3_000,
      echo: (kind, message) => this.#echo(kind, message),
      gatewayUrl: () => options.advertisedGatewayUrl ?? this.gatewayUrl,
    };
    this.#rest = new RestServer({
      routes: [...interactionRoutes(context), ...channelRoutes(context), ...applicationRoutes(context)],
      cdnRoutes: cdnRoutes(context),
      token: this.#state.token,
      faults: this.#faults,
      holds: this.#holds,
      signal: this.#signal,
      onUpgrade: (request, socket, head) => this.#gateway.handleUpgrade(request, socket, head),
    });
  }

  /** Starts a fake on a random port of 127.0.0.1 (prefer {@link startFakeDiscord}). */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    fake.#port = await fake.#rest.listen();
    return fake;
  }

  /** The TCP port REST and the gateway share. */
  get port(): number {
    return this.#port;
  }

  /** The REST base without version, for `new Client({ rest: { api: fake.apiUrl } })`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.#port}/api`;
  }

  /** The gateway URL that GET /gateway/bot returns. */
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.#port}`;
  }

  /** The bot token the fake accepts (REST `Authorization: Bot …` and gateway IDENTIFY/RESUME). */
  get token(): string {
    return this.#state.token;
  }

  /** The application id (deliberately different from the bot user id). */
  get applicationId(): string {
    return this.#state.applicationId;
  }

  /** The bot's user. */
  get botUser(): APIUser {
    return this.#state.botUser;
  }

  /** The default user, who sends interactions and messages unless told otherwise (and owns the guild). */
  get user(): APIUser {
    return this.#state.user;
  }

  /** The fixture guild's id. */
  get guildId(): string {
    return this.#state.guildId;
  }

  /** The fixture guild's text channel id. */
  get channelId(): string {
    return this.#state.channel.id;
  }

  /** The fixture guild's text channel. */
  get channel(): APITextChannel {
    return this.#state.channel;
  }

  /** The id of the public thread in the fixture channel (the bot is a member). */
  get threadId(): string {
    return this.#state.thread.id;
  }

  /** Every REST request received, oldest first. */
  get requests(): readonly RecordedRequest[] {
    return this.#rest.requests;
  }

  /** Requests no route matched (answered 404): calls the fake does not implement, or bot bugs. */
  get unroutedRequests(): RecordedRequest[] {
    return this.#rest.requests.filter((request) => !request.routed);
  }

  /** Exceptions inside the fake itself; tests may assert this stays empty. */
  get internalErrors(): readonly Error[] {
    return this.#rest.internalErrors;
  }

  /** Messages the bot created with POST /channels/:id/messages (any channel, DMs included), as they now look. */
  get channelMessages(): FakeMessage[] {
    return this.#channelMessageIds.flatMap((id) => this.#messages.get(id) ?? []);
  }

  /** Every interaction dispatched so far, oldest first. */
  get interactions(): InteractionHandle[] {
    return this.#interactions.all();
  }

  /** The gateway's records: connections, payloads received from the bot, dispatches, sessions and resumes. */
  get gateway(): GatewayView {
    return this.#gateway;
  }

  /** Commands the bot registered, globally and in the fixture guild. */
  get commands(): { global: APIApplicationCommand[]; guild: APIApplicationCommand[] } {
    return {
      global: [...this.#state.globalCommands],
      guild: [...(this.#state.guildCommands.get(this.#state.guildId) ?? [])],
    };
  }

  /** Number of `failNext` faults that have not fired yet. */
  get pendingFaults(): number {
    return this.#faults.pendingCount;
  }

  /** Creates another user (a guild member unless `inGuild: false`) with a fresh snowflake id. */
  makeUser(options: MakeUserOptions = {}): APIUser {
    return this.#state.makeUser(options);
  }

  /** Looks up a message by id as it now looks (any message: the bot's or a dispatched user message). */
  message(id: string): FakeMessage | undefined {
    return this.#messages.get(id);
  }

  /** Sends any dispatch to the bot (kept and replayed if it is disconnected); resolves once sent or kept. */
  dispatch(event: string, data: unknown): Promise<void> {
    return this.#gateway.dispatch(event, data);
  }

  /** Dispatches a chat-input command invocation and returns the handle to observe the bot's answer. */
  sendSlashCommand(
    input: SlashCommandInput,
  ): Promise<InteractionHandle<APIChatInputApplicationCommandInteraction>> {
    return this.#dispatchInteraction(buildSlashCommand(this.#state, input));
  }

  /** Dispatches a message context-menu command on `target`, with the message in `data.resolved.messages`. */
  sendMessageCommand(
    input: MessageCommandInput,
  ): Promise<InteractionHandle<APIMessageApplicationCommandInteraction>> {
    return this.#dispatchInteraction(buildMessageCommand(this.#state, input));
  }

  /**
   * Takes exactly `permissions` from the bot in a guild channel (its threads included; `0n` gives
   * everything back), as a channel overwrite on the bot's role would: Discord then sends
   * CHANNEL_UPDATE, interactions there carry the reduced `app_permissions`, and REST refuses what
   * needs them (403 with 50013 Missing Permissions, or 50001 Missing Access without View Channel).
   */
  async denyBotPermissions(channelId: string, permissions: bigint): Promise<void> {
    const channel = this.#state.channelById(channelId);
    if (!channel || !("permission_overwrites" in channel) || channel.type === undefined)
      throw new Error(`denyBotPermissions: ${channelId} is not a guild text channel of the fake`);
    this.#state.botDenied.set(channelId, permissions);
    const others = (channel.permission_overwrites ?? []).filter((o) => o.id !== this.#state.botRole.id);
    channel.permission_overwrites =
      permissions === 0n
        ? others
        : [...others, { id: this.#state.botRole.id, type: 0, allow: "0", deny: permissions.toString() }];
    await this.#gateway.dispatch(GatewayDispatchEvents.ChannelUpdate, channel);
  }

  /**
   * Holds the answer to the next request matching `matcher` (after the fake has acted on it) until
   * `action` settles: e.g. a button click on a reply delivered before the reply's POST is answered.
   * Settles (rejects with the action's error) once the action has.
   */
  holdResponse(matcher: RequestMatcher, action: HoldAction): Promise<void> {
    return this.#holds.add(matcher, action);
  }

  /** Dispatches an autocomplete request; the bot's `respond()` arrives as callback type 8. */
  sendAutocomplete(
    input: AutocompleteInput,
  ): Promise<InteractionHandle<APIApplicationCommandAutocompleteInteraction>> {
    return this.#dispatchInteraction(buildAutocomplete(this.#state, input));
  }

  /** Dispatches a button click (or select choice) on a message; @original is that message. */
  sendComponent(input: ComponentInput): Promise<InteractionHandle<APIMessageComponentInteraction>> {
    const message = input.message ?? this.#componentHost(input);
    if (!this.#messages.get(message.id)) {
      this.#messages.remember(message, input.guild === false ? undefined : this.#state.guildId);
    }
    const payload = buildComponent(this.#state, { ...input, message: withoutFakeFields(message) });
    return this.#dispatchInteraction(payload, message.id);
  }

  /**
   * Stores a file as a user's upload and returns its attachment object, as Discord does before a
   * command with an attachment option is sent: pass its `id` as the option's value. The bytes are
   * served at its `url` on the fake's own HTTP server (its CDN); `url` overrides that address.
   */
  uploadAttachment(input: {
    filename: string;
    content: string | Buffer;
    contentType?: string;
    url?: string;
  }): APIAttachment {
    const bytes = Buffer.isBuffer(input.content) ? input.content : Buffer.from(input.content, "utf8");
    const id = snowflake();
    const url =
      input.url ??
      `http://127.0.0.1:${this.#port}/attachments/${this.#state.channel.id}/${id}/${encodeURIComponent(input.filename)}`;
    const attachment: APIAttachment = {
      id,
      filename: input.filename,
      size: bytes.byteLength,
      url,
      proxy_url: url,
      content_type: input.contentType ?? "text/plain; charset=utf-8",
    };
    this.#state.attachments.set(id, { attachment, bytes });
    return attachment;
  }

  /** Dispatches the user's MODAL_SUBMIT for the modal the bot showed in answer to `shownBy` (its type 9 callback). */
  submitModal(
    shownBy: InteractionHandle,
    values: Record<string, string>,
    origin: Omit<ModalSubmitInput, "customId" | "values"> = {},
  ): Promise<InteractionHandle<APIModalSubmitInteraction>> {
    const shown = shownBy.callback;
    if (shown?.type !== InteractionResponseType.Modal)
      throw new Error(`interaction ${shownBy.describe()} was not answered with a modal`);
    const modal = shown.data as { custom_id: string; components: { components: { custom_id: string }[] }[] };
    const inputs = modal.components.flatMap((row) => row.components.map((c) => c.custom_id));
    const user =
      origin.user ?? (shownBy.payload as { member?: { user?: APIUser }; user?: APIUser }).member?.user;
    return this.#dispatchInteraction(
      buildModalSubmit(this.#state, {
        ...origin,
        ...(user ? { user } : {}),
        customId: modal.custom_id,
        values: inputs.map((id) => [id, values[id] ?? ""]),
      }),
    );
  }

  /** Dispatches MESSAGE_CREATE for a user's message (guild channel or DM) and returns that message. */
  async sendMessage(input: SendMessageInput): Promise<FakeMessage> {
    const author = input.author ?? this.#state.user;
    const bot = this.#state.botUser.id;
    let content = input.content;
    if (input.mentionsBot && !content.includes(`<@${bot}>`) && !content.includes(`<@!${bot}>`)) {
      content = `<@${bot}> ${content}`;
    }
    if (!input.dm && !this.#state.members.has(author.id)) {
      throw new Error(`User ${author.username} is not a member of the fake guild; use dm: true`);
    }
    const channelId = input.dm
      ? this.#state.dmChannelFor(author).id
      : input.thread
        ? this.#state.thread.id
        : this.#state.channel.id;
    const message = this.#messages.create({
      channelId,
      author,
      body: { content, ...(input.replyTo ? { message_reference: { message_id: input.replyTo.id } } : {}) },
    });
    await this.#gateway.dispatch(GatewayDispatchEvents.MessageCreate, this.#messages.toDispatch(message));
    return message;
  }

  /** Resolves with the first message (past or future) the bot posted via POST /channels/:id/messages that matches. */
  waitForChannelMessage(
    predicate: (message: FakeMessage) => boolean = () => true,
    timeoutMs: number = this.#options.waitTimeoutMs,
  ): Promise<FakeMessage> {
    return this.#signal.waitFor(
      () => this.channelMessages.find(predicate),
      timeoutMs,
      () => `a matching channel message from the bot. ${this.#describeTraffic()}`,
    );
  }

  /** Resolves with the first recorded REST request (past or future) that matches. */
  waitForRequest(
    matcher: RequestMatcher,
    timeoutMs: number = this.#options.waitTimeoutMs,
  ): Promise<RecordedRequest> {
    return this.#signal.waitFor(
      () => this.#rest.requests.find((request) => matchesRequest(matcher, request)),
      timeoutMs,
      () => `a matching REST request. ${this.#describeTraffic()}`,
    );
  }

  /** Makes the next matching REST request(s) fail with a 429 or an error status instead of being served. */
  failNext(matcher: RequestMatcher, fault: Fault): void {
    this.#faults.add(matcher, fault);
  }

  /**
   * Closes the bot's gateway connection. Code 4000 (default) or 1006 (TCP cut, no close frame) make
   * discord.js resume about 0.5 s later. 1000, or `resumable: false`, make it identify again, which
   * @discordjs/ws throttles to one identify per 5 s (+ up to 1.5 s jitter): keep that out of fast tests.
   */
  dropConnection(code = 4000, options: { resumable?: boolean } = {}): void {
    this.#gateway.drop(code, options);
  }

  /** Sends op 7 RECONNECT; discord.js reconnects and resumes. */
  requestReconnect(): void {
    this.#gateway.requestReconnect();
  }

  /** Resolves with the first IDENTIFY the bot sent (immediately if it already did). */
  waitForIdentify(timeoutMs: number = this.#options.waitTimeoutMs): Promise<GatewayIdentifyData> {
    return this.#signal.waitFor(
      () => this.#gateway.sessions[0]?.identify,
      timeoutMs,
      () => `the bot's IDENTIFY. ${this.#describeGateway()}`,
    );
  }

  /** Resolves once the fake has sent READY and GUILD_CREATE for the first session. */
  waitForReady(timeoutMs: number = this.#options.waitTimeoutMs): Promise<SessionRecord> {
    return this.#signal.waitFor(
      () => this.#gateway.sessions[0],
      timeoutMs,
      () => `the first gateway session. ${this.#describeGateway()}`,
    );
  }

  /** Resolves with the first successful RESUME after the last `dropConnection`/`requestReconnect`. */
  waitForResume(timeoutMs: number = this.#options.waitTimeoutMs): Promise<ResumeRecord> {
    return this.#signal.waitFor(
      () => this.#gateway.resumes[this.#gateway.resumesBeforeLastDisruption],
      timeoutMs,
      () => `a RESUME. ${this.#describeGateway()}`,
    );
  }

  /** Stops REST and the gateway, cuts every connection and fails pending waits. Safe to call twice. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#signal.cancelAll("The fake Discord was closed while a test was still waiting on it");
    await this.#gateway.close();
    await this.#rest.close();
  }

  async #dispatchInteraction<P extends APIInteraction>(
    payload: P,
    attachedMessageId?: string,
  ): Promise<InteractionHandle<P>> {
    const handle = new InteractionHandle(
      payload,
      {
        messages: this.#messages,
        signal: this.#signal,
        waitTimeoutMs: this.#options.waitTimeoutMs,
        describeTraffic: () => this.#describeTraffic(),
      },
      attachedMessageId,
    );
    this.#interactions.add(handle);
    await this.#gateway.dispatch(GatewayDispatchEvents.InteractionCreate, payload, () => {
      handle.sentAt = Date.now();
    });
    this.#signal.notify();
    return handle;
  }

  /** A bot message carrying just the clicked component, for tests that do not care where it came from. */
  #componentHost(input: ComponentInput): FakeMessage {
    const user = input.user ?? this.#state.user;
    const channelId = input.guild === false ? this.#state.dmChannelFor(user).id : this.#state.channel.id;
    const component: APIComponentInMessageActionRow =
      input.values === undefined
        ? {
            type: ComponentType.Button,
            style: ButtonStyle.Secondary,
            custom_id: input.customId,
            label: "Button",
          }
        : {
            type: ComponentType.StringSelect,
            custom_id: input.customId,
            options: input.values.map((value) => ({ label: value, value })),
          };
    return this.#messages.create({
      channelId,
      author: this.#state.botUser,
      body: {
        content: "Message with a component",
        components: [{ type: ComponentType.ActionRow, components: [component] }],
      },
    });
  }

  #echo(kind: EchoKind, message: FakeMessage): void {
    if (!this.#options.echoBotMessages || ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0) return;
    if (kind === "delete") {
      const guildId = this.#messages.guildIdOf(message.id);
      void this.#gateway.dispatch(GatewayDispatchEvents.MessageDelete, {
        id: message.id,
        channel_id: message.channel_id,
        ...(guildId !== undefined ? { guild_id: guildId } : {}),
      });
      return;
    }
    const event =
      kind === "create" ? GatewayDispatchEvents.MessageCreate : GatewayDispatchEvents.MessageUpdate;
    void this.#gateway.dispatch(event, this.#messages.toDispatch(message));
  }

  #describeTraffic(): string {
    const recent = this.#rest.requests
      .slice(-8)
      .map((request) => `${request.method} ${request.path} → ${request.status}`);
    return recent.length === 0
      ? "The bot made no REST requests."
      : `Last REST requests: ${recent.join("; ")}.`;
  }

  #describeGateway(): string {
    const ops = this.#gateway.received.slice(-8).map((payload) => GatewayOpcodes[payload.op] ?? payload.op);
    return `Gateway: ${this.#gateway.connections.length} connection(s), last ops from the bot: [${ops.join(", ")}].`;
  }
}

/** Starts a fake Discord (REST + gateway on one random 127.0.0.1 port). */
export function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  return FakeDiscord.start(options);
}
