// Interaction responses: the initial callback, then @original edits/deletes and follow-ups through the
// application's webhook (these routes use the interaction token instead of the bot token).
import {
  type APIMessageInteractionMetadata,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
} from "discord.js";
import type { FakeContext } from "../context.ts";
import {
  alreadyAcknowledged,
  FormErrors,
  unknownInteraction,
  unknownMessage,
  unknownWebhook,
} from "../errors.ts";
import type { InteractionHandle } from "../interaction-handle.ts";
import { checkChoices, checkMessageBody, checkModal } from "../message-rules.ts";
import { withoutFakeFields } from "../messages.ts";
import { type Route, type RouteRequest, type RouteResponse, route } from "../router.ts";
import type { CallbackData, FakeMessage, MessageBody, RecordedFile } from "../types.ts";

// Which initial responses Discord accepts for each kind of interaction.
const ALLOWED_CALLBACKS: Record<number, InteractionResponseType[]> = {
  [InteractionType.ApplicationCommand]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.Modal,
  ],
  [InteractionType.MessageComponent]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
    InteractionResponseType.Modal,
  ],
  [InteractionType.ApplicationCommandAutocomplete]: [
    InteractionResponseType.ApplicationCommandAutocompleteResult,
  ],
  [InteractionType.ModalSubmit]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
  ],
};

/** The routes for interaction callbacks and interaction webhooks. */
export function interactionRoutes(ctx: FakeContext): Route[] {
  const noAuth = { auth: false };
  return [
    route("POST", "/interactions/:id/:token/callback", (r) => callback(ctx, r), noAuth),
    route("GET", "/webhooks/:appId/:token/messages/:messageId", (r) => getMessage(ctx, r), noAuth),
    route("PATCH", "/webhooks/:appId/:token/messages/:messageId", (r) => editMessage(ctx, r), noAuth),
    route("DELETE", "/webhooks/:appId/:token/messages/:messageId", (r) => deleteMessage(ctx, r), noAuth),
    route("POST", "/webhooks/:appId/:token", (r) => followUp(ctx, r), noAuth),
  ];
}

function callback(ctx: FakeContext, { params, request }: RouteRequest): RouteResponse {
  const handle = ctx.interactions.byId(params.id ?? "");
  if (!handle || handle.token !== params.token) return unknownInteraction();
  if (handle.acknowledged) return alreadyAcknowledged();
  // Discord forgets interactions that were not answered within 3 s; a slow bot must defer first.
  if (handle.sentAt !== undefined && Date.now() - handle.sentAt > ctx.interactionDeadlineMs) {
    return unknownInteraction();
  }
  const body = (request.body ?? {}) as { type?: InteractionResponseType; data?: CallbackData };
  const type = body.type;
  if (type === undefined || !(ALLOWED_CALLBACKS[handle.type] ?? []).includes(type)) {
    const errors = new FormErrors();
    errors.add(
      ["type"],
      "BASE_TYPE_CHOICES",
      `Value must be one of ${JSON.stringify(ALLOWED_CALLBACKS[handle.type])}.`,
    );
    return errors.response();
  }
  const data = body.data;
  let message: FakeMessage | undefined;
  let created = false;
  switch (type) {
    case InteractionResponseType.ChannelMessageWithSource: {
      const invalid = checkMessageBody(data, request.files, { requireContent: true, path: ["data"] });
      if (invalid) return invalid;
      message = createResponseMessage(ctx, handle, data ?? {}, request.files, data?.flags ?? 0);
      created = true;
      break;
    }
    case InteractionResponseType.DeferredChannelMessageWithSource: {
      const flags = ((data?.flags ?? 0) & MessageFlags.Ephemeral) | MessageFlags.Loading;
      message = createResponseMessage(ctx, handle, {}, [], flags);
      created = true;
      break;
    }
    case InteractionResponseType.UpdateMessage: {
      const invalid = checkMessageBody(data, request.files, { requireContent: false, path: ["data"] });
      if (invalid) return invalid;
      const id = handle.originalId;
      message = id === undefined ? undefined : ctx.messages.edit(id, data ?? {}, request.files);
      if (message) ctx.echo("update", message);
      break;
    }
    case InteractionResponseType.DeferredMessageUpdate:
      message = handle.original;
      break;
    case InteractionResponseType.Modal: {
      const invalid = checkModal(data);
      if (invalid) return invalid;
      break;
    }
    case InteractionResponseType.ApplicationCommandAutocompleteResult: {
      const invalid = checkChoices(data);
      if (invalid) return invalid;
      break;
    }
  }
  if (created && message) {
    handle.setOriginal(message.id);
    ctx.echo("create", message);
  }
  handle.record({ kind: "callback", type, data, request });
  if (request.query.with_response !== "true") return { status: 204 };
  // The shape discord.js turns into an InteractionCallbackResponse.
  const flags = message?.flags ?? 0;
  return {
    status: 200,
    body: {
      interaction: {
        id: handle.id,
        type: handle.type,
        ...(message
          ? {
              response_message_id: message.id,
              response_message_loading: (flags & MessageFlags.Loading) !== 0,
              response_message_ephemeral: (flags & MessageFlags.Ephemeral) !== 0,
            }
          : {}),
      },
      resource: { type, ...(message ? { message: withoutFakeFields(message) } : {}) },
    },
  };
}

function getMessage(ctx: FakeContext, { params }: RouteRequest): RouteResponse {
  const handle = webhookHandle(ctx, params);
  if (!handle) return unknownWebhook();
  const id = targetMessageId(handle, params.messageId ?? "");
  const message = id === undefined ? undefined : ctx.messages.get(id);
  return message ? { status: 200, body: withoutFakeFields(message) } : unknownMessage();
}

function editMessage(ctx: FakeContext, { params, request }: RouteRequest): RouteResponse {
  const handle = webhookHandle(ctx, params);
  if (!handle) return unknownWebhook();
  const id = targetMessageId(handle, params.messageId ?? "");
  if (id === undefined) return unknownMessage();
  const data = (request.body ?? {}) as MessageBody;
  const invalid = checkMessageBody(data, request.files, { requireContent: false });
  if (invalid) return invalid;
  const message = ctx.messages.edit(id, data, request.files);
  if (!message) return unknownMessage();
  handle.record({ kind: "edit", messageId: id, original: id === handle.originalId, data, request });
  ctx.echo("update", message);
  return { status: 200, body: withoutFakeFields(message) };
}

function deleteMessage(ctx: FakeContext, { params, request }: RouteRequest): RouteResponse {
  const handle = webhookHandle(ctx, params);
  if (!handle) return unknownWebhook();
  const id = targetMessageId(handle, params.messageId ?? "");
  const message = id === undefined ? undefined : ctx.messages.get(id);
  if (id === undefined || !message || !ctx.messages.delete(id)) return unknownMessage();
  handle.record({ kind: "delete", messageId: id, original: id === handle.originalId, request });
  ctx.echo("delete", message);
  return { status: 204 };
}

function followUp(ctx: FakeContext, { params, request }: RouteRequest): RouteResponse {
  const handle = webhookHandle(ctx, params);
  // Follow-ups only exist once the interaction was acknowledged.
  if (!handle?.acknowledged) return unknownWebhook();
  const data = (request.body ?? {}) as MessageBody;
  const invalid = checkMessageBody(data, request.files, { requireContent: true });
  if (invalid) return invalid;
  const message = createResponseMessage(ctx, handle, data, request.files, data.flags ?? 0);
  handle.addFollowUp(message.id);
  handle.record({ kind: "followUp", messageId: message.id, data, request });
  ctx.echo("create", message);
  return request.query.wait === "true" ? { status: 200, body: withoutFakeFields(message) } : { status: 204 };
}

function webhookHandle(ctx: FakeContext, params: Record<string, string>): InteractionHandle | undefined {
  if (params.appId !== ctx.state.applicationId) return undefined;
  return ctx.interactions.byToken(params.token ?? "");
}

function targetMessageId(handle: InteractionHandle, messageId: string): string | undefined {
  if (messageId === "@original") return handle.acknowledged ? handle.originalId : undefined;
  return handle.owns(messageId) ? messageId : undefined;
}

function createResponseMessage(
  ctx: FakeContext,
  handle: InteractionHandle,
  body: MessageBody,
  files: RecordedFile[],
  flags: number,
): FakeMessage {
  const payload = handle.payload;
  const user = payload.member?.user ?? payload.user ?? ctx.state.user;
  const metadata = {
    id: handle.id,
    type: handle.type,
    user,
    authorizing_integration_owners: payload.authorizing_integration_owners,
    ...(handle.type === InteractionType.MessageComponent && payload.message
      ? { interacted_message_id: payload.message.id }
      : {}),
  } as APIMessageInteractionMetadata;
  return ctx.messages.create({
    channelId: payload.channel?.id ?? payload.channel_id ?? ctx.state.channel.id,
    author: ctx.state.botUser,
    body,
    files,
    type:
      handle.type === InteractionType.ApplicationCommand ? MessageType.ChatInputCommand : MessageType.Default,
    webhookId: ctx.state.applicationId,
    applicationId: ctx.state.applicationId,
    interactionMetadata: metadata,
    flags,
  });
}
