// Pure builders of Discord-shaped objects. They take everything they need as arguments so that the
// stateful parts of the fake (state.ts, gateway.ts) decide ids and relationships in one place.
import {
  type APIApplication,
  type APIDMChannel,
  type APIGuildMember,
  type APIRole,
  type APITextChannel,
  type APIThreadChannel,
  type APIUser,
  ApplicationFlags,
  ChannelType,
  type GatewayGuildCreateDispatchData,
  type GatewayReadyDispatchData,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  Locale,
  PermissionFlagsBits,
  UserFlags,
} from "discord.js";
import { snowflakeTime } from "./snowflake.ts";

/** Permissions every member gets through @everyone: enough to read, talk and use commands. */
export const EVERYONE_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.UseApplicationCommands |
  PermissionFlagsBits.CreatePublicThreads;

/** What the bot's managed role adds on top of @everyone, like a typical invite link would grant. */
export const BOT_ROLE_PERMISSIONS = EVERYONE_PERMISSIONS | PermissionFlagsBits.ManageMessages;

// discord-api-types models flag fields as enums without a zero member, yet Discord sends 0 for "no flags".
const NO_FLAGS = 0 as never;

/** Options for {@link buildUser}. */
export interface UserFixture {
  id: string;
  username: string;
  globalName?: string | null;
  bot?: boolean;
}

/** Builds a full user object as Discord sends it in gateway events and REST responses. */
export function buildUser(fixture: UserFixture): APIUser {
  return {
    id: fixture.id,
    username: fixture.username,
    global_name:
      fixture.globalName === undefined ? (fixture.bot ? null : fixture.username) : fixture.globalName,
    discriminator: "0",
    avatar: null,
    ...(fixture.bot ? { bot: true } : {}),
    flags: fixture.bot ? UserFlags.VerifiedBot : NO_FLAGS,
    public_flags: fixture.bot ? UserFlags.VerifiedBot : NO_FLAGS,
    avatar_decoration_data: null,
    banner: null,
    accent_color: null,
  };
}

/** Builds a guild role; the @everyone role shares the guild's id. */
export function buildRole(fixture: {
  id: string;
  name: string;
  position: number;
  permissions: bigint;
  botId?: string;
}): APIRole {
  return {
    id: fixture.id,
    name: fixture.name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: fixture.position,
    permissions: fixture.permissions.toString(),
    managed: fixture.botId !== undefined,
    mentionable: false,
    flags: NO_FLAGS,
    ...(fixture.botId !== undefined ? { tags: { bot_id: fixture.botId } } : {}),
  };
}

/** Builds a guild member (with its user) who joined at the user's creation time. */
export function buildMember(user: APIUser, roles: string[]): APIGuildMember {
  return {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles,
    joined_at: new Date(snowflakeTime(user.id)).toISOString(),
    premium_since: null,
    deaf: false,
    mute: false,
    flags: NO_FLAGS,
    pending: false,
    communication_disabled_until: null,
  };
}

/** Builds a guild text channel with no permission overwrites. */
export function buildTextChannel(fixture: { id: string; guildId: string; name: string }): APITextChannel {
  return {
    id: fixture.id,
    type: ChannelType.GuildText,
    guild_id: fixture.guildId,
    name: fixture.name,
    position: 0,
    permission_overwrites: [],
    parent_id: null,
    topic: "Questions about the article",
    nsfw: false,
    rate_limit_per_user: 0,
    last_message_id: null,
    flags: NO_FLAGS,
  };
}

/** Builds a public thread in a text channel, with the bot a member (so GUILD_CREATE lists it). */
export function buildThreadChannel(fixture: {
  id: string;
  guildId: string;
  parentId: string;
  ownerId: string;
  name: string;
}): APIThreadChannel {
  return {
    id: fixture.id,
    type: ChannelType.PublicThread,
    guild_id: fixture.guildId,
    parent_id: fixture.parentId,
    owner_id: fixture.ownerId,
    name: fixture.name,
    last_message_id: null,
    rate_limit_per_user: 0,
    message_count: 0,
    member_count: 1,
    total_message_sent: 0,
    flags: NO_FLAGS,
    thread_metadata: {
      archived: false,
      auto_archive_duration: 1440,
      archive_timestamp: new Date().toISOString(),
      locked: false,
    },
  } as APIThreadChannel;
}

/** Builds the DM channel between the bot and one user. */
export function buildDmChannel(fixture: { id: string; recipient: APIUser }): APIDMChannel {
  return {
    id: fixture.id,
    type: ChannelType.DM,
    last_message_id: null,
    flags: NO_FLAGS,
    recipients: [fixture.recipient],
    name: null,
  };
}

/** Builds the application object returned by GET /applications/@me. */
export function buildApplication(fixture: { id: string; bot: APIUser; owner: APIUser }): APIApplication {
  return {
    id: fixture.id,
    name: fixture.bot.username,
    icon: null,
    description: "Answers questions about a news article (fake Discord fixture).",
    bot_public: false,
    bot_require_code_grant: false,
    bot: fixture.bot,
    owner: fixture.owner,
    summary: "",
    verify_key: "0".repeat(64),
    team: null,
    flags: ApplicationFlags.GatewayMessageContentLimited,
    flags_new: String(ApplicationFlags.GatewayMessageContentLimited),
    approximate_guild_count: 1,
    approximate_user_install_count: 0,
  };
}

/** Builds the READY dispatch data; guilds start unavailable and arrive later as GUILD_CREATE. */
export function buildReady(fixture: {
  bot: APIUser;
  applicationId: string;
  guildIds: string[];
  sessionId: string;
  resumeGatewayUrl: string;
}): GatewayReadyDispatchData {
  return {
    v: 10,
    user: { ...fixture.bot, verified: true, mfa_enabled: false, email: null },
    guilds: fixture.guildIds.map((id) => ({ id, unavailable: true })),
    session_id: fixture.sessionId,
    resume_gateway_url: fixture.resumeGatewayUrl,
    shard: [0, 1],
    application: {
      id: fixture.applicationId,
      flags: ApplicationFlags.GatewayMessageContentLimited,
      flags_new: String(ApplicationFlags.GatewayMessageContentLimited),
    },
  };
}

/** Builds the GUILD_CREATE dispatch data that lets discord.js cache the guild, its channels and members. */
export function buildGuildCreate(fixture: {
  id: string;
  name: string;
  ownerId: string;
  roles: APIRole[];
  channels: APITextChannel[];
  threads?: APIThreadChannel[];
  members: APIGuildMember[];
  botJoinedAt: string;
}): GatewayGuildCreateDispatchData {
  return {
    id: fixture.id,
    name: fixture.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: fixture.ownerId,
    region: "",
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    widget_channel_id: null,
    verification_level: GuildVerificationLevel.Low,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.AllMembers,
    roles: fixture.roles,
    emojis: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: fixture.channels[0]?.id ?? null,
    system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotificationReplies,
    rules_channel_id: null,
    max_presences: null,
    max_members: 500_000,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: GuildPremiumTier.None,
    premium_subscription_count: 0,
    preferred_locale: Locale.EnglishUS,
    public_updates_channel_id: null,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    nsfw_level: GuildNSFWLevel.Default,
    stickers: [],
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
    joined_at: fixture.botJoinedAt,
    large: false,
    unavailable: false,
    member_count: fixture.members.length,
    voice_states: [],
    members: fixture.members,
    channels: fixture.channels,
    threads: fixture.threads ?? [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}
