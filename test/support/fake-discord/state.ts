// The fake's world: the bot and its application, one guild with one text channel, the users tests create,
// the DM channels between them and the bot, and the registered application commands.
import type {
  APIApplication,
  APIApplicationCommand,
  APIAttachment,
  APIDMChannel,
  APIGuildMember,
  APIRole,
  APITextChannel,
  APIThreadChannel,
  APIUser,
  GatewayGuildCreateDispatchData,
} from "discord.js";
import {
  BOT_ROLE_PERMISSIONS,
  buildApplication,
  buildDmChannel,
  buildGuildCreate,
  buildMember,
  buildRole,
  buildTextChannel,
  buildThreadChannel,
  buildUser,
  EVERYONE_PERMISSIONS,
} from "./payloads.ts";
import { fakeBotToken, snowflake } from "./snowflake.ts";

/** Names for the fixture world; every field is optional. */
export interface WorldOptions {
  botUsername?: string;
  guildName?: string;
  channelName?: string;
  /** Username of the default user (who also owns the guild). */
  username?: string;
}

/** Options for creating an extra user. */
export interface MakeUserOptions {
  username?: string;
  globalName?: string | null;
  bot?: boolean;
  /** Whether the user is a member of the fixture guild; default true. */
  inGuild?: boolean;
}

/** Holds the fixture world and answers questions about it. */
export class FakeState {
  readonly botUser: APIUser;
  readonly applicationId: string;
  readonly token: string;
  readonly guildId: string;
  readonly guildName: string;
  readonly channel: APITextChannel;
  /** A public thread in the fixture channel, which the bot has joined. */
  readonly thread: APIThreadChannel;
  readonly everyoneRole: APIRole;
  readonly botRole: APIRole;
  /** The default user: the one interactions and messages come from unless a test says otherwise. */
  readonly user: APIUser;
  readonly users = new Map<string, APIUser>();
  readonly members = new Map<string, APIGuildMember>();
  readonly dmChannels = new Map<string, APIDMChannel>();
  readonly globalCommands: APIApplicationCommand[] = [];
  readonly guildCommands = new Map<string, APIApplicationCommand[]>();
  /** Permissions taken from the bot in one channel (a channel overwrite on its role), by channel id. */
  readonly botDenied = new Map<string, bigint>();
  /** Files users attached to interactions, by attachment id, with the bytes the CDN serves. */
  readonly attachments = new Map<string, { attachment: APIAttachment; bytes: Buffer }>();
  #userCount = 0;

  constructor(options: WorldOptions = {}) {
    this.botUser = buildUser({ id: snowflake(), username: options.botUsername ?? "article-bot", bot: true });
    // Distinct from the bot user id (as for older applications) so code that mixes the two up fails here.
    this.applicationId = snowflake();
    this.token = fakeBotToken(this.botUser.id);
    this.guildId = snowflake();
    this.guildName = options.guildName ?? "Fake Newsroom";
    this.channel = buildTextChannel({
      id: snowflake(),
      guildId: this.guildId,
      name: options.channelName ?? "article-questions",
    });
    this.everyoneRole = buildRole({
      id: this.guildId,
      name: "@everyone",
      position: 0,
      permissions: EVERYONE_PERMISSIONS,
    });
    this.botRole = buildRole({
      id: snowflake(),
      name: this.botUser.username,
      position: 1,
      permissions: BOT_ROLE_PERMISSIONS,
      botId: this.botUser.id,
    });
    this.users.set(this.botUser.id, this.botUser);
    this.members.set(this.botUser.id, buildMember(this.botUser, [this.botRole.id]));
    this.user = this.makeUser({ username: options.username ?? "tester" });
    this.thread = buildThreadChannel({
      id: snowflake(),
      guildId: this.guildId,
      parentId: this.channel.id,
      ownerId: this.user.id,
      name: "discussion",
    });
  }

  /** Creates a user with a fresh snowflake id (a guild member unless `inGuild: false`). */
  makeUser(options: MakeUserOptions = {}): APIUser {
    this.#userCount++;
    const user = buildUser({
      id: snowflake(),
      username: options.username ?? `user${this.#userCount}`,
      ...(options.globalName !== undefined ? { globalName: options.globalName } : {}),
      ...(options.bot !== undefined ? { bot: options.bot } : {}),
    });
    this.users.set(user.id, user);
    if (options.inGuild ?? true) this.members.set(user.id, buildMember(user, []));
    return user;
  }

  /** Returns the DM channel between the bot and a user, creating it on first use (ids stay stable). */
  dmChannelFor(user: APIUser): APIDMChannel {
    let channel = this.dmChannels.get(user.id);
    if (!channel) {
      channel = buildDmChannel({ id: snowflake(), recipient: user });
      this.dmChannels.set(user.id, channel);
    }
    return channel;
  }

  /** Looks up a guild or DM channel by id. */
  channelById(id: string): APITextChannel | APIThreadChannel | APIDMChannel | undefined {
    if (id === this.channel.id) return this.channel;
    if (id === this.thread.id) return this.thread;
    for (const channel of this.dmChannels.values()) if (channel.id === id) return channel;
    return undefined;
  }

  /**
   * The permissions (bitfield string) a user has in a channel (default: the fixture channel). A
   * thread has its parent's overwrites, as on Discord.
   */
  permissionsOf(userId: string, channelId: string = this.channel.id): string {
    const member = this.members.get(userId);
    if (userId === this.ownerId) return ALL_PERMISSIONS;
    const bits = (member?.roles ?? []).reduce(
      (total, roleId) => total | (roleId === this.botRole.id ? BigInt(this.botRole.permissions) : 0n),
      BigInt(this.everyoneRole.permissions),
    );
    const overwriteChannel = channelId === this.thread.id ? this.channel.id : channelId;
    const denied = userId === this.botUser.id ? (this.botDenied.get(overwriteChannel) ?? 0n) : 0n;
    return (bits & ~denied).toString();
  }

  /** The guild owner: the default user, so the bot is not accidentally given owner powers. */
  get ownerId(): string {
    return this.user.id;
  }

  /** The GUILD_CREATE payload for the fixture guild as it currently is (members included). */
  guildCreate(): GatewayGuildCreateDispatchData {
    const botMember = this.members.get(this.botUser.id);
    return buildGuildCreate({
      id: this.guildId,
      name: this.guildName,
      ownerId: this.ownerId,
      roles: [this.everyoneRole, this.botRole],
      channels: [this.channel],
      threads: [this.thread],
      members: [...this.members.values()],
      botJoinedAt: botMember?.joined_at ?? new Date().toISOString(),
    });
  }

  /** The application object of the bot. */
  application(): APIApplication {
    return buildApplication({ id: this.applicationId, bot: this.botUser, owner: this.user });
  }

  /** Finds a registered command by name: the guild's commands first, then global ones. */
  findCommand(name: string, guildId: string | undefined): APIApplicationCommand | undefined {
    const inGuild = guildId === undefined ? undefined : this.guildCommands.get(guildId);
    return (
      inGuild?.find((command) => command.name === name) ?? this.globalCommands.find((c) => c.name === name)
    );
  }
}

// Owners implicitly have every permission; Discord reports that as the full bitfield.
const ALL_PERMISSIONS = ((1n << 53n) - 1n).toString();
