// Channel, message, DM and user endpoints: what a bot uses to answer mentions and DMs.
import { ChannelType, MessageFlags, PermissionFlagsBits } from "discord.js";
import type { FakeContext } from "../context.ts";
import { discordError, FormErrors, unknownChannel, unknownMessage, unknownUser } from "../errors.ts";
import { checkMessageBody } from "../message-rules.ts";
import { withoutFakeFields } from "../messages.ts";
import { type Route, type RouteRequest, type RouteResponse, route } from "../router.ts";
import type { MessageBody } from "../types.ts";

/** The routes for channels, their messages, DMs and users. */
export function channelRoutes(ctx: FakeContext): Route[] {
  return [
    route("GET", "/channels/:channelId", ({ params }) => {
      const channel = ctx.state.channelById(params.channelId ?? "");
      return channel ? { status: 200, body: channel } : unknownChannel();
    }),
    route("POST", "/channels/:channelId/messages", (r) => createMessage(ctx, r)),
    route("GET", "/channels/:channelId/messages/:messageId", ({ params }) => {
      const message = ctx.messages.get(params.messageId ?? "");
      if (!message || message.channel_id !== params.channelId) return unknownMessage();
      return { status: 200, body: withoutFakeFields(message) };
    }),
    route("PATCH", "/channels/:channelId/messages/:messageId", (r) => editMessage(ctx, r)),
    route("DELETE", "/channels/:channelId/messages/:messageId", ({ params }) => {
      const message = ctx.messages.get(params.messageId ?? "");
      if (!message || message.channel_id !== params.channelId) return unknownMessage();
      ctx.messages.delete(message.id);
      ctx.echo("delete", message);
      return { status: 204 };
    }),
    route("PUT", "/channels/:channelId/messages/:messageId/reactions/:emoji/@me", (r) => react(ctx, r)),
    route("POST", "/channels/:channelId/typing", ({ params }) =>
      ctx.state.channelById(params.channelId ?? "") ? { status: 204 } : unknownChannel(),
    ),
    route("POST", "/users/@me/channels", ({ request }) => {
      const recipientId = (request.body as { recipient_id?: string } | undefined)?.recipient_id;
      const user = recipientId === undefined ? undefined : ctx.state.users.get(recipientId);
      if (!user) return unknownUser();
      return { status: 200, body: ctx.state.dmChannelFor(user) };
    }),
    route("GET", "/users/@me", () => ({ status: 200, body: ctx.state.botUser })),
    route("GET", "/users/:userId", ({ params }) => {
      const user = ctx.state.users.get(params.userId ?? "");
      return user ? { status: 200, body: user } : unknownUser();
    }),
  ];
}

/** Discord's answer when the bot lacks a permission it needs in a channel (none in DMs). */
function refusal(ctx: FakeContext, channelId: string, needs: bigint[]): RouteResponse | undefined {
  const channel = ctx.state.channelById(channelId);
  if (!channel || channel.type === ChannelType.DM) return undefined;
  const granted = BigInt(ctx.state.permissionsOf(ctx.state.botUser.id, channelId));
  if ((granted & PermissionFlagsBits.ViewChannel) === 0n) return discordError(403, 50001, "Missing Access");
  if (needs.some((bit) => (granted & bit) === 0n)) return discordError(403, 50013, "Missing Permissions");
  return undefined;
}

/** PUT …/reactions/{emoji}/@me: the bot reacts (Add Reactions and Read Message History); 204 like Discord. */
function react(ctx: FakeContext, { params }: RouteRequest): RouteResponse {
  const message = ctx.messages.get(params.messageId ?? "");
  if (!ctx.state.channelById(params.channelId ?? "")) return unknownChannel();
  if (!message || message.channel_id !== params.channelId) return unknownMessage();
  const denied = refusal(ctx, message.channel_id, [
    PermissionFlagsBits.AddReactions,
    PermissionFlagsBits.ReadMessageHistory,
  ]);
  if (denied) return denied;
  // Custom emoji are `name:id`; unicode ones arrive percent-decoded, like `⏳`.
  const emoji = params.emoji ?? "";
  if (!/^[\w~]+:\d{17,20}$/.test(emoji) && !/^\p{Extended_Pictographic}\uFE0F?$/u.test(emoji))
    return discordError(400, 10014, "Unknown Emoji");
  ctx.messages.react(message.id, emoji);
  return { status: 204 };
}

function createMessage(ctx: FakeContext, { params, request }: RouteRequest): RouteResponse {
  const channel = ctx.state.channelById(params.channelId ?? "");
  if (!channel) return unknownChannel();
  const body = (request.body ?? {}) as MessageBody;
  const thread = channel.type === ChannelType.PublicThread || channel.type === ChannelType.PrivateThread;
  const denied = refusal(ctx, channel.id, [
    thread ? PermissionFlagsBits.SendMessagesInThreads : PermissionFlagsBits.SendMessages,
    ...((body.embeds ?? []).length > 0 ? [PermissionFlagsBits.EmbedLinks] : []),
  ]);
  if (denied) return denied;
  const invalid = checkMessageBody(body, request.files, { requireContent: true });
  if (invalid) return invalid;
  if ((body.flags ?? 0) & MessageFlags.Ephemeral) {
    // Only interaction responses can be ephemeral.
    const errors = new FormErrors();
    errors.add(["flags"], "MESSAGE_FLAGS_INVALID", "Invalid message flags");
    return errors.response();
  }
  const reference = body.message_reference ?? undefined;
  if (reference?.message_id !== undefined && !ctx.messages.get(reference.message_id)) {
    if (reference.fail_if_not_exists !== false) {
      const errors = new FormErrors();
      errors.add(["message_reference"], "REPLIES_UNKNOWN_MESSAGE", "Unknown message");
      return errors.response();
    }
  }
  const message = ctx.messages.create({
    channelId: channel.id,
    author: ctx.state.botUser,
    body,
    files: request.files,
  });
  ctx.channelMessageIds.push(message.id);
  ctx.echo("create", message);
  return { status: 200, body: withoutFakeFields(message) };
}

function editMessage(ctx: FakeContext, { params, request }: RouteRequest): RouteResponse {
  const existing = ctx.messages.get(params.messageId ?? "");
  if (!existing || existing.channel_id !== params.channelId) return unknownMessage();
  if (existing.author.id !== ctx.state.botUser.id) {
    return discordError(403, 50005, "Cannot edit a message authored by another user");
  }
  const body = (request.body ?? {}) as MessageBody;
  const invalid = checkMessageBody(body, request.files, { requireContent: false });
  if (invalid) return invalid;
  const message = ctx.messages.edit(existing.id, body, request.files);
  if (!message) return unknownMessage();
  ctx.echo("update", message);
  return { status: 200, body: withoutFakeFields(message) };
}
