// Every message that exists in the fake (sent by the bot, or dispatched as if a user wrote it), keyed by
// id, so that replies, edits, component updates and @original all act on one shared copy.
import {
  AllowedMentionsTypes,
  type APIAttachment,
  type APIMessage,
  type APIMessageInteractionMetadata,
  type APIUser,
  EmbedType,
  type GatewayMessageCreateDispatchData,
  MessageFlags,
  MessageType,
} from "discord.js";
import { snowflake } from "./snowflake.ts";
import type { FakeState } from "./state.ts";
import type { FakeMessage, MessageBody, RecordedFile } from "./types.ts";

/** What is needed to create a message. */
export interface NewMessage {
  channelId: string;
  author: APIUser;
  body: MessageBody;
  files?: RecordedFile[];
  type?: MessageType;
  /** Set for interaction responses: they are sent through the application's webhook. */
  webhookId?: string;
  applicationId?: string;
  interactionMetadata?: APIMessageInteractionMetadata;
  /** Overrides `body.flags` (e.g. the Loading flag of a deferred response). */
  flags?: number;
}

interface StoredMessage {
  message: FakeMessage;
  guildId: string | undefined;
  deleted: boolean;
}

/** Stores messages and applies creates and edits the way Discord does. */
export class MessageStore {
  readonly #messages = new Map<string, StoredMessage>();
  readonly #state: FakeState;
  readonly #attachmentBaseUrl: () => string;

  constructor(state: FakeState, attachmentBaseUrl: () => string) {
    this.#state = state;
    this.#attachmentBaseUrl = attachmentBaseUrl;
  }

  /** Creates a message from a request body and returns a snapshot of it. */
  create(input: NewMessage): FakeMessage {
    const { body } = input;
    const reference = body.message_reference ?? undefined;
    const referenced = reference?.message_id === undefined ? undefined : this.get(reference.message_id);
    const content = body.content ?? "";
    const message: FakeMessage = {
      id: snowflake(),
      channel_id: input.channelId,
      author: input.author,
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: body.tts ?? false,
      mention_everyone: mentionsEveryone(content, body),
      mentions: this.#mentions(content, body, referenced?.author),
      mention_roles: [],
      attachments: this.#attachments(input.channelId, [], body, input.files ?? []),
      embeds: normaliseEmbeds(body.embeds),
      components: body.components ?? [],
      pinned: false,
      type: input.type ?? (referenced ? MessageType.Reply : MessageType.Default),
      flags: input.flags ?? body.flags ?? 0,
      ...(input.webhookId !== undefined ? { webhook_id: input.webhookId } : {}),
      ...(input.applicationId !== undefined ? { application_id: input.applicationId } : {}),
      ...(input.interactionMetadata ? { interaction_metadata: input.interactionMetadata } : {}),
      ...(reference && referenced
        ? {
            message_reference: { type: 0, message_id: referenced.id, channel_id: referenced.channel_id },
            referenced_message: withoutFakeFields(referenced),
          }
        : {}),
      ...(body.allowed_mentions ? { allowed_mentions: body.allowed_mentions } : {}),
    };
    const channel = this.#state.channelById(input.channelId);
    this.#messages.set(message.id, {
      message,
      guildId: channel && "guild_id" in channel ? channel.guild_id : undefined,
      deleted: false,
    });
    return structuredClone(message);
  }

  /** Stores a message that did not come through REST (e.g. one a test dispatches as a user's message). */
  remember(message: FakeMessage, guildId: string | undefined): void {
    this.#messages.set(message.id, { message: structuredClone(message), guildId, deleted: false });
  }

  /** Applies an edit: fields present in the body replace the old ones, absent fields stay. */
  edit(id: string, body: MessageBody, files: RecordedFile[] = []): FakeMessage | undefined {
    const stored = this.#messages.get(id);
    if (!stored || stored.deleted) return undefined;
    const message = stored.message;
    if (body.content !== undefined) message.content = body.content ?? "";
    if (body.embeds !== undefined) message.embeds = normaliseEmbeds(body.embeds);
    if (body.components !== undefined) message.components = body.components ?? [];
    if (body.allowed_mentions !== undefined && body.allowed_mentions !== null) {
      message.allowed_mentions = body.allowed_mentions;
    }
    if (body.attachments !== undefined || files.length > 0) {
      message.attachments = this.#attachments(message.channel_id, message.attachments, body, files);
    }
    // Editing a deferred ("thinking…") response turns it into a normal one; ephemerality cannot change.
    const oldFlags = message.flags ?? 0;
    const requested = body.flags ?? oldFlags & ~MessageFlags.Loading;
    message.flags =
      (requested & ~MessageFlags.Loading & ~MessageFlags.Ephemeral) | (oldFlags & MessageFlags.Ephemeral);
    message.mention_everyone = mentionsEveryone(message.content, {
      allowed_mentions: message.allowed_mentions,
    });
    message.mentions = this.#mentions(
      message.content,
      { allowed_mentions: message.allowed_mentions },
      undefined,
    );
    message.edited_timestamp = new Date().toISOString();
    return structuredClone(message);
  }

  /** Adds the bot's reaction with a unicode `emoji` (or `name:id`); reacting twice changes nothing, as on Discord. */
  react(id: string, emoji: string): void {
    const stored = this.#messages.get(id);
    if (!stored || stored.deleted) return;
    stored.message.reactions ??= [];
    const reactions = stored.message.reactions;
    const [name, emojiId] = emoji.includes(":") ? emoji.split(":") : [emoji, null];
    const existing = reactions.find((r) => r.emoji.name === name && (r.emoji.id ?? null) === emojiId);
    if (existing?.me) return;
    if (existing) {
      existing.me = true;
      existing.count++;
      existing.count_details.normal++;
      return;
    }
    reactions.push({
      count: 1,
      count_details: { burst: 0, normal: 1 },
      me: true,
      me_burst: false,
      burst_colors: [],
      emoji: { id: emojiId ?? null, name: name ?? emoji },
    });
  }

  /** Marks a message deleted; returns false if it did not exist. */
  delete(id: string): boolean {
    const stored = this.#messages.get(id);
    if (!stored || stored.deleted) return false;
    stored.deleted = true;
    return true;
  }

  /** A snapshot of a live (not deleted) message. */
  get(id: string): FakeMessage | undefined {
    const stored = this.#messages.get(id);
    return stored && !stored.deleted ? structuredClone(stored.message) : undefined;
  }

  /** Whether a message existed and was deleted. */
  isDeleted(id: string): boolean {
    return this.#messages.get(id)?.deleted ?? false;
  }

  /** The guild a stored message belongs to, if any (REST message objects do not carry it). */
  guildIdOf(id: string): string | undefined {
    return this.#messages.get(id)?.guildId;
  }

  /** The MESSAGE_CREATE/MESSAGE_UPDATE dispatch data for a stored message, as the gateway sends it. */
  toDispatch(message: FakeMessage): GatewayMessageCreateDispatchData {
    const api = withoutFakeFields(message);
    const guildId = this.guildIdOf(message.id);
    const channel = this.#state.channelById(message.channel_id);
    const withMember = (user: APIUser) => {
      const member = guildId === undefined ? undefined : this.#state.members.get(user.id);
      if (!member) return user;
      const { user: _user, ...rest } = member;
      return { ...user, member: rest };
    };
    const authorMember = guildId === undefined ? undefined : this.#state.members.get(message.author.id);
    const { user: _author, ...memberWithoutUser } = authorMember ?? { user: undefined };
    return {
      ...api,
      mentions: api.mentions.map(withMember),
      ...(channel ? { channel_type: channel.type } : {}),
      ...(guildId !== undefined ? { guild_id: guildId } : {}),
      ...(authorMember ? { member: { ...memberWithoutUser, joined_at: authorMember.joined_at ?? "" } } : {}),
    } as GatewayMessageCreateDispatchData;
  }

  #mentions(
    content: string,
    body: Pick<MessageBody, "allowed_mentions">,
    repliedAuthor: APIUser | undefined,
  ) {
    const allowed = body.allowed_mentions ?? undefined;
    const mayPing = (id: string): boolean =>
      !allowed ||
      (allowed.parse ?? []).includes(AllowedMentionsTypes.User) ||
      (allowed.users ?? []).includes(id);
    const users = new Map<string, APIUser>();
    for (const match of content.matchAll(/<@!?(\d{17,20})>/g)) {
      const user = match[1] === undefined ? undefined : this.#state.users.get(match[1]);
      if (user && mayPing(user.id)) users.set(user.id, user);
    }
    // Replies ping the replied-to author unless allowed_mentions is given without replied_user: true.
    if (repliedAuthor && (allowed ? allowed.replied_user === true : true))
      users.set(repliedAuthor.id, repliedAuthor);
    return [...users.values()];
  }

  #attachments(
    channelId: string,
    existing: APIAttachment[],
    body: MessageBody,
    files: RecordedFile[],
  ): APIAttachment[] {
    const requested = body.attachments ?? undefined;
    const kept = requested
      ? existing.filter((attachment) => requested.some((entry) => String(entry.id) === attachment.id))
      : existing;
    const added = files.map((file, index) => {
      // discord.js names parts `files[N]` and refers to them from payload_json as attachment id N.
      const slot = /\[(\d+)\]$/.exec(file.field)?.[1] ?? String(index);
      const meta = requested?.find((entry) => String(entry.id) === slot);
      const id = snowflake();
      const url = `${this.#attachmentBaseUrl()}/attachments/${channelId}/${id}/${encodeURIComponent(file.filename)}`;
      return {
        id,
        filename: meta?.filename ?? file.filename,
        ...(meta?.description !== undefined ? { description: meta.description } : {}),
        content_type: file.contentType,
        size: file.data.length,
        url,
        proxy_url: url,
      } satisfies APIAttachment;
    });
    return [...kept, ...added];
  }
}

function normaliseEmbeds(embeds: MessageBody["embeds"]) {
  // Discord fills in the embed type; bots never send it.
  return (embeds ?? []).map((embed) => ({ type: EmbedType.Rich, ...embed }));
}

function mentionsEveryone(content: string, body: Pick<MessageBody, "allowed_mentions">): boolean {
  if (!/@(everyone|here)\b/.test(content)) return false;
  const allowed = body.allowed_mentions ?? undefined;
  return !allowed || (allowed.parse ?? []).includes(AllowedMentionsTypes.Everyone);
}

/** Strips what the fake keeps for assertions but Discord never sends (and the nested reply chain). */
export function withoutFakeFields(message: FakeMessage): APIMessage {
  const { allowed_mentions: _mentions, ...api } = message;
  if (api.referenced_message) {
    const { referenced_message: _nested, ...referenced } = api.referenced_message as FakeMessage;
    const { allowed_mentions: _nestedMentions, ...cleanReferenced } = referenced;
    api.referenced_message = cleanReferenced;
  }
  return api;
}
