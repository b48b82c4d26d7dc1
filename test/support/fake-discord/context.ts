// The shared pieces REST routes work with, bundled so route modules do not depend on the FakeDiscord class.
import type { InteractionHandle } from "./interaction-handle.ts";
import type { MessageStore } from "./messages.ts";
import type { FakeState } from "./state.ts";
import type { FakeMessage } from "./types.ts";
import type { ChangeSignal } from "./waiting.ts";

/** Interactions the fake dispatched, by id and by token. */
export class InteractionRegistry {
  readonly #byId = new Map<string, InteractionHandle>();
  readonly #byToken = new Map<string, InteractionHandle>();

  /** Registers a handle before its interaction is dispatched. */
  add(handle: InteractionHandle): void {
    this.#byId.set(handle.id, handle);
    this.#byToken.set(handle.token, handle);
  }

  /** The handle for an interaction id. */
  byId(id: string): InteractionHandle | undefined {
    return this.#byId.get(id);
  }

  /** The handle for an interaction (webhook) token. */
  byToken(token: string): InteractionHandle | undefined {
    return this.#byToken.get(token);
  }

  /** All handles, oldest first. */
  all(): InteractionHandle[] {
    return [...this.#byId.values()];
  }
}

/** How a bot-visible change to a message is announced over the gateway. */
export type EchoKind = "create" | "update" | "delete";

/** Everything route handlers need. */
export interface FakeContext {
  state: FakeState;
  messages: MessageStore;
  interactions: InteractionRegistry;
  signal: ChangeSignal;
  /** Ids of messages the bot created with POST /channels/:id/messages, oldest first. */
  channelMessageIds: string[];
  /** Milliseconds the bot has to send the initial interaction response (Discord: 3 s). */
  interactionDeadlineMs: number;
  /** Sends the gateway event Discord would send for a change the bot made (e.g. MESSAGE_CREATE for its reply). */
  echo(kind: EchoKind, message: FakeMessage): void;
  /** The ws:// URL of the gateway (what GET /gateway/bot returns). */
  gatewayUrl(): string;
}
