// The test's view of one interaction the fake dispatched: everything the bot did to answer it, in order,
// plus the message(s) the user would see.
import { type APIInteraction, InteractionResponseType, type InteractionType, MessageFlags } from "discord.js";
import type { MessageStore } from "./messages.ts";
import type { CallbackResponse, FakeMessage, InteractionResponse } from "./types.ts";
import type { ChangeSignal } from "./waiting.ts";

/** What a handle needs from the fake. */
export interface HandleContext {
  messages: MessageStore;
  signal: ChangeSignal;
  waitTimeoutMs: number;
  /** Summarises recent REST traffic, appended to timeout errors so a failing test shows what the bot did. */
  describeTraffic: () => string;
}

/** Tracks one dispatched interaction and the bot's responses to it. */
export class InteractionHandle<Payload extends APIInteraction = APIInteraction> {
  /** The interaction id (also in the callback URL). */
  readonly id: string;
  /** The interaction token (also the webhook token for edits and follow-ups). */
  readonly token: string;
  readonly type: InteractionType;
  /** The exact INTERACTION_CREATE data that was dispatched. */
  readonly payload: Payload;
  /** The callback, @original edits/deletes and follow-ups, in the order the fake received them. */
  readonly responses: InteractionResponse[] = [];
  /** When the dispatch was last written to the bot's socket (the response deadline counts from here). */
  sentAt: number | undefined;
  #originalId: string | undefined;
  readonly #followUpIds: string[] = [];
  readonly #context: HandleContext;

  constructor(payload: Payload, context: HandleContext, attachedMessageId?: string) {
    this.id = payload.id;
    this.token = payload.token;
    this.type = payload.type;
    this.payload = payload;
    this.#context = context;
    // For component interactions @original is the message the component is attached to.
    this.#originalId = attachedMessageId;
  }

  /** The callback (initial response) if the bot sent one. */
  get callback(): CallbackResponse | undefined {
    return this.responses.find((response): response is CallbackResponse => response.kind === "callback");
  }

  /** Whether the bot sent an initial response. */
  get acknowledged(): boolean {
    return this.callback !== undefined;
  }

  /** The id of the @original message, once there is one. */
  get originalId(): string | undefined {
    return this.#originalId;
  }

  /** The @original message as the user now sees it (callback merged with later edits); undefined if none or deleted. */
  get original(): FakeMessage | undefined {
    return this.#originalId === undefined ? undefined : this.#context.messages.get(this.#originalId);
  }

  /** Follow-up messages that still exist, oldest first, as they now look. */
  get followUps(): FakeMessage[] {
    return this.#followUpIds.flatMap((id) => this.#context.messages.get(id) ?? []);
  }

  /** Whether a message id belongs to this interaction (its @original or one of its follow-ups). */
  owns(messageId: string): boolean {
    return messageId === this.#originalId || this.#followUpIds.includes(messageId);
  }

  /** Resolves with the callback (initial response) once the bot sent it. */
  waitForResponse(timeoutMs: number = this.#context.waitTimeoutMs): Promise<CallbackResponse> {
    return this.waitFor((response): response is CallbackResponse => response.kind === "callback", timeoutMs);
  }

  /** Resolves with the first response (past or future) that satisfies the predicate. */
  waitFor<R extends InteractionResponse>(
    predicate: (response: InteractionResponse) => response is R,
    timeoutMs?: number,
  ): Promise<R>;
  waitFor(
    predicate: (response: InteractionResponse) => boolean,
    timeoutMs?: number,
  ): Promise<InteractionResponse>;
  waitFor(
    predicate: (response: InteractionResponse) => boolean,
    timeoutMs: number = this.#context.waitTimeoutMs,
  ): Promise<InteractionResponse> {
    return this.#context.signal.waitFor(
      () => this.responses.find(predicate),
      timeoutMs,
      () => `a matching response to interaction ${this.describe()}. ${this.#summary()}`,
    );
  }

  /**
   * Resolves with the visible answer: the @original message once it is neither missing nor still
   * "thinking" (a deferred response resolves after the bot edits it). An optional predicate narrows further.
   */
  waitForReply(
    predicate: (message: FakeMessage) => boolean = () => true,
    timeoutMs: number = this.#context.waitTimeoutMs,
  ): Promise<FakeMessage> {
    return this.#context.signal.waitFor(
      () => {
        const message = this.original;
        if (!this.acknowledged || !message || ((message.flags ?? 0) & MessageFlags.Loading) !== 0)
          return undefined;
        if (
          this.callback?.type === InteractionResponseType.DeferredMessageUpdate &&
          !this.#editedAfterCallback()
        ) {
          return undefined;
        }
        return predicate(message) ? message : undefined;
      },
      timeoutMs,
      () => `the visible reply to interaction ${this.describe()}. ${this.#summary()}`,
    );
  }

  /** Resolves with the first follow-up message (past or future) that satisfies the predicate. */
  waitForFollowUp(
    predicate: (message: FakeMessage) => boolean = () => true,
    timeoutMs: number = this.#context.waitTimeoutMs,
  ): Promise<FakeMessage> {
    return this.#context.signal.waitFor(
      () => this.followUps.find(predicate),
      timeoutMs,
      () => `a follow-up to interaction ${this.describe()}. ${this.#summary()}`,
    );
  }

  /** Records a response; called by the REST routes. */
  record(response: InteractionResponse): void {
    this.responses.push(response);
  }

  /** Sets which message @original refers to; called by the REST routes. */
  setOriginal(messageId: string): void {
    this.#originalId = messageId;
  }

  /** Adds a follow-up message id; called by the REST routes. */
  addFollowUp(messageId: string): void {
    this.#followUpIds.push(messageId);
  }

  /** A short human description, for error messages. */
  describe(): string {
    const data = (this.payload as { data?: { name?: string; custom_id?: string } }).data;
    const label = data?.name ?? data?.custom_id ?? "?";
    return `${this.id} (type ${this.type}, "${label}")`;
  }

  #editedAfterCallback(): boolean {
    return this.responses.some((response) => response.kind === "edit" && response.original);
  }

  #summary(): string {
    const kinds = this.responses.map((response) =>
      response.kind === "callback" ? `callback type ${response.type}` : response.kind,
    );
    const sent = this.sentAt === undefined ? "not yet delivered to the bot" : "delivered to the bot";
    return `Interaction ${sent}; responses so far: [${kinds.join(", ")}]. ${this.#context.describeTraffic()}`;
  }
}
