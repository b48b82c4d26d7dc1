// Public types shared by the fake's modules and by the tests that use it.
import type { IncomingHttpHeaders } from "node:http";
import type {
  APIAllowedMentions,
  APIApplicationCommandOptionChoice,
  APIEmbed,
  APIMessage,
  APIMessageTopLevelComponent,
  InteractionResponseType,
  RESTAPIMessageReference,
} from "discord.js";

/** A file part of a multipart request (discord.js sends attachments this way). */
export interface RecordedFile {
  /** Form field name, e.g. `files[0]`. */
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

/** A REST request as the fake received it, before it decided how to answer. */
export interface IncomingRequest {
  method: string;
  /** Path below `/api/v10`, e.g. `/channels/123/messages` (the full path if it was not under `/api/v10`). */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, or the parsed `payload_json` part of a multipart body; undefined when there was none. */
  body: unknown;
  files: RecordedFile[];
  headers: IncomingHttpHeaders;
  /** `Date.now()` when the request arrived. */
  time: number;
}

/** A REST request together with how the fake answered it. */
export interface RecordedRequest extends IncomingRequest {
  status: number;
  /** True when `failNext` made this request fail. */
  injectedFault: boolean;
  /** False when no route matched: the fake answered 404 and the bot called something the fake does not know. */
  routed: boolean;
}

/** Selects requests: a predicate, or a method (optional) plus a path (exact string or RegExp). */
export type RequestMatcher =
  | ((request: IncomingRequest) => boolean)
  | { method?: string; path: RegExp | string };

/** A rate limit answer: 429 with `retry_after` in the body and `Retry-After` (seconds) in the headers. */
export interface RateLimitFault {
  status: 429;
  /** Seconds; fractions are fine (discord.js multiplies the header by 1000). */
  retryAfter: number;
  global?: boolean;
  scope?: "user" | "global" | "shared";
  /** How many consecutive matching requests fail; default 1. */
  times?: number;
}

/** An error answer with a Discord-shaped JSON body `{ code, message }`. */
export interface ErrorFault {
  status: number;
  /** Discord JSON error code, e.g. 10062 (Unknown interaction); default 0. */
  code?: number;
  message?: string;
  /** How many consecutive matching requests fail; default 1. */
  times?: number;
}

/** How `failNext` makes matching requests fail. */
export type Fault = RateLimitFault | ErrorFault;

/** The message fields a bot sends when creating or editing a message (loosely typed: it is whatever arrived). */
export interface MessageBody {
  content?: string | null;
  embeds?: APIEmbed[] | null;
  components?: APIMessageTopLevelComponent[] | null;
  flags?: number | null;
  allowed_mentions?: APIAllowedMentions | null;
  attachments?: { id: string | number; filename?: string; description?: string }[] | null;
  message_reference?: RESTAPIMessageReference | null;
  tts?: boolean;
  [field: string]: unknown;
}

/** The `data` of an interaction callback: a message body, autocomplete choices, or a modal. */
export interface CallbackData extends MessageBody {
  choices?: APIApplicationCommandOptionChoice[];
  custom_id?: string;
  title?: string;
}

/** A message as the fake stores it: what Discord would return, plus the allowed_mentions the bot sent. */
export interface FakeMessage extends APIMessage {
  /** Discord does not echo allowed_mentions back; the fake keeps the last value the bot sent for assertions. */
  allowed_mentions?: APIAllowedMentions;
}

interface ResponseBase {
  request: RecordedRequest;
}

/** Everything a bot can do to answer an interaction, in the order the fake received it. */
export type InteractionResponse =
  | (ResponseBase & { kind: "callback"; type: InteractionResponseType; data: CallbackData | undefined })
  | (ResponseBase & { kind: "edit"; messageId: string; original: boolean; data: MessageBody })
  | (ResponseBase & { kind: "delete"; messageId: string; original: boolean })
  | (ResponseBase & { kind: "followUp"; messageId: string; data: MessageBody });

/** The callback entry of an interaction's responses. */
export type CallbackResponse = Extract<InteractionResponse, { kind: "callback" }>;
