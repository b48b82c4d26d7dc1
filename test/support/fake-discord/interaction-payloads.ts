// Builds realistic INTERACTION_CREATE payloads from the short descriptions tests write
// (`{ name: "ask", options: { question: "…" } }`), filling in everything Discord sends.
import {
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataOption,
  type APIApplicationCommandOption,
  type APIAttachment,
  type APIChatInputApplicationCommandInteraction,
  type APIInteractionDataResolved,
  type APIMessage,
  type APIMessageApplicationCommandInteraction,
  type APIMessageComponentInteraction,
  type APIModalSubmitInteraction,
  type APIUser,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  Locale,
  PermissionFlagsBits,
} from "discord.js";
import { fakeInteractionToken, snowflake } from "./snowflake.ts";
import type { FakeState } from "./state.ts";

/** A value of a command option as a test writes it. */
export type OptionValue = string | number | boolean;

/** One command option in explicit form (needed for focus, sub-options, or a type the value does not imply). */
export interface CommandOptionInput {
  name: string;
  /** Defaults to the registered command's option type, else inferred from the value. */
  type?: ApplicationCommandOptionType;
  value?: OptionValue;
  focused?: boolean;
  options?: CommandOptionInput[];
}

/** Command options: `{ question: "…", limit: 3 }` or an explicit list. */
export type CommandOptionsInput = Record<string, OptionValue> | CommandOptionInput[];

/** Who triggers an interaction and where. */
export interface InteractionOrigin {
  /** Defaults to the fake's default user. */
  user?: APIUser;
  /** The user's client locale; default `en-US`. */
  locale?: `${Locale}`;
  /** True (default): in the fixture guild's channel. False: in the user's DM with the bot. */
  guild?: boolean;
  /** In the fixture channel's thread instead of the channel itself (guild only). */
  thread?: boolean;
  /**
   * In a DM or group DM between users, through the app the user installed to their account
   * (interaction context 2, a user install): the bot is not in that channel.
   */
  privateChannel?: boolean;
}

/** Describes a message context-menu command ("Apps" on a message). */
export interface MessageCommandInput extends InteractionOrigin {
  /** The command's registered (English) name, e.g. "Ask the article". */
  name: string;
  /** The message the user right-clicked. */
  target: APIMessage;
  /** Leaves `data.resolved` out: a malformed payload, on which discord.js throws. */
  omitResolved?: boolean;
}

/** Describes a slash command invocation. */
export interface SlashCommandInput extends InteractionOrigin {
  name: string;
  options?: CommandOptionsInput;
  subcommand?: string;
  subcommandGroup?: string;
}

/** Describes an autocomplete request; `focused` names the option being typed (default: the last one). */
export interface AutocompleteInput extends SlashCommandInput {
  focused?: string;
}

/** Describes a click on a button (or a select menu choice when `values` is given). */
export interface ComponentInput extends InteractionOrigin {
  customId: string;
  /** The message the component is attached to; default: a bot message carrying just this button. */
  message?: APIMessage;
  /** Selected values; makes it a string select menu interaction. */
  values?: string[];
}

// Discord's current default for bots without boosts.
const ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024;

/** Builds an APPLICATION_COMMAND (type 2) chat-input interaction. */
export function buildSlashCommand(
  state: FakeState,
  input: SlashCommandInput,
): APIChatInputApplicationCommandInteraction {
  const { base, guildId, command, head } = commandParts(state, input);
  const options = wrapSubcommand(
    input,
    toOptions(input.options, leafDefinitions(command?.options, input), undefined),
  );
  const users = resolveUsers(state, options, guildId);
  const attachments = resolveAttachments(state, options);
  const resolved = users || attachments ? { ...users, ...(attachments ? { attachments } : {}) } : undefined;
  return {
    ...base,
    type: InteractionType.ApplicationCommand,
    data: {
      ...head,
      type: ApplicationCommandType.ChatInput,
      ...(options.length > 0 ? { options } : {}),
      ...(resolved ? { resolved } : {}),
    },
  } as APIChatInputApplicationCommandInteraction;
}

/** Builds an APPLICATION_COMMAND (type 2) message command, its target in `data.resolved.messages` as Discord sends it. */
export function buildMessageCommand(
  state: FakeState,
  input: MessageCommandInput,
): APIMessageApplicationCommandInteraction {
  const { base, head } = commandParts(state, input);
  return {
    ...base,
    type: InteractionType.ApplicationCommand,
    data: {
      ...head,
      type: ApplicationCommandType.Message,
      target_id: input.target.id,
      ...(input.omitResolved ? {} : { resolved: { messages: { [input.target.id]: input.target } } }),
    },
  } as APIMessageApplicationCommandInteraction;
}

/** Builds an APPLICATION_COMMAND_AUTOCOMPLETE (type 4) interaction with one focused option. */
export function buildAutocomplete(
  state: FakeState,
  input: AutocompleteInput,
): APIApplicationCommandAutocompleteInteraction {
  const { base, command, head } = commandParts(state, input);
  const leaves = toOptions(input.options, leafDefinitions(command?.options, input), input.focused ?? null);
  return {
    ...base,
    type: InteractionType.ApplicationCommandAutocomplete,
    data: {
      ...head,
      type: ApplicationCommandType.ChatInput,
      options: wrapSubcommand(input, leaves),
    },
  } as APIApplicationCommandAutocompleteInteraction;
}

/** Builds a MESSAGE_COMPONENT (type 3) interaction for a button, or a string select when values are given. */
export function buildComponent(
  state: FakeState,
  input: ComponentInput & { message: APIMessage },
): APIMessageComponentInteraction {
  const base = buildBase(state, input);
  const data =
    input.values === undefined
      ? { custom_id: input.customId, component_type: ComponentType.Button }
      : { custom_id: input.customId, component_type: ComponentType.StringSelect, values: input.values };
  return {
    ...base,
    type: InteractionType.MessageComponent,
    data,
    message: input.message,
  } as APIMessageComponentInteraction;
}

/** What every application-command payload shares: the base, the registered command, its data's id and name. */
function commandParts(state: FakeState, input: InteractionOrigin & { name: string }) {
  const base = buildBase(state, input);
  const guildId = input.guild === false || input.privateChannel ? undefined : state.guildId;
  const command = state.findCommand(input.name, guildId);
  const head = {
    id: command?.id ?? snowflake(),
    name: input.name,
    ...(command?.guild_id !== undefined ? { guild_id: command.guild_id } : {}),
  };
  return { base, guildId, command, head };
}

function buildBase(state: FakeState, origin: InteractionOrigin) {
  const user = origin.user ?? state.user;
  const common = {
    id: snowflake(),
    application_id: state.applicationId,
    token: fakeInteractionToken(),
    version: 1 as const,
    locale: origin.locale ?? Locale.EnglishUS,
    entitlements: [],
    attachment_size_limit: ATTACHMENT_SIZE_LIMIT,
  };
  if (origin.privateChannel) {
    const channel = {
      id: snowflake(),
      type: ChannelType.DM,
      recipients: [user],
      flags: 0,
      last_message_id: null,
    };
    return {
      ...common,
      // What Discord grants an app in a channel it is not in: it may embed, attach and mention.
      app_permissions: String(
        PermissionFlagsBits.AttachFiles |
          PermissionFlagsBits.EmbedLinks |
          PermissionFlagsBits.MentionEveryone,
      ),
      channel_id: channel.id,
      channel,
      user,
      authorizing_integration_owners: { [ApplicationIntegrationType.UserInstall]: user.id },
      context: InteractionContextType.PrivateChannel,
    };
  }
  if (origin.guild === false) {
    const channel = state.dmChannelFor(user);
    return {
      ...common,
      app_permissions: state.permissionsOf(state.botUser.id),
      channel_id: channel.id,
      channel,
      user,
      // For a guild-installed app used in its bot DM, Discord reports the guild install with id "0".
      authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: "0" },
      context: InteractionContextType.BotDM,
    };
  }
  const member = state.members.get(user.id);
  if (!member)
    throw new Error(`User ${user.username} is not a member of the fake guild; use guild: false for a DM`);
  const channel = origin.thread ? state.thread : state.channel;
  return {
    ...common,
    app_permissions: state.permissionsOf(state.botUser.id, channel.id),
    guild_id: state.guildId,
    guild: { id: state.guildId, locale: Locale.EnglishUS, features: [] },
    guild_locale: Locale.EnglishUS,
    channel_id: channel.id,
    channel,
    member: { ...member, user, permissions: state.permissionsOf(user.id, channel.id) },
    authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: state.guildId },
    context: InteractionContextType.Guild,
  };
}

/** The registered definitions of the options at the level the test's options live (below any subcommand). */
function leafDefinitions(
  definitions: APIApplicationCommandOption[] | undefined,
  input: SlashCommandInput,
): APIApplicationCommandOption[] | undefined {
  let level = definitions;
  for (const name of [input.subcommandGroup, input.subcommand]) {
    if (name === undefined) continue;
    const next = level?.find((option) => option.name === name);
    level =
      next && "options" in next ? (next.options as APIApplicationCommandOption[] | undefined) : undefined;
  }
  return level;
}

function wrapSubcommand(
  input: SlashCommandInput,
  options: APIApplicationCommandInteractionDataOption[],
): APIApplicationCommandInteractionDataOption[] {
  if (input.subcommand === undefined) return options;
  const sub = { name: input.subcommand, type: ApplicationCommandOptionType.Subcommand, options } as const;
  if (input.subcommandGroup === undefined) return [sub] as APIApplicationCommandInteractionDataOption[];
  return [
    { name: input.subcommandGroup, type: ApplicationCommandOptionType.SubcommandGroup, options: [sub] },
  ] as APIApplicationCommandInteractionDataOption[];
}

/**
 * Converts test options to interaction options. `focused` is undefined for slash commands, null to focus
 * the option explicitly marked (or else the last one), or an option name.
 */
function toOptions(
  input: CommandOptionsInput | undefined,
  definitions: APIApplicationCommandOption[] | undefined,
  focused: string | null | undefined,
): APIApplicationCommandInteractionDataOption[] {
  const list: CommandOptionInput[] = Array.isArray(input)
    ? input
    : Object.entries(input ?? {}).map(([name, value]) => ({ name, value }));
  const explicitFocus = list.some((option) => option.focused);
  const focusName = focused ?? (explicitFocus ? undefined : list.at(-1)?.name);
  return list.map((option) => {
    const definition = definitions?.find((candidate) => candidate.name === option.name);
    const type = option.type ?? definition?.type ?? inferType(option.value);
    const isFocused = focused !== undefined && (option.focused === true || option.name === focusName);
    return {
      name: option.name,
      type,
      // Autocomplete sends the partial text the user typed, always as a string.
      ...(option.value !== undefined ? { value: isFocused ? String(option.value) : option.value } : {}),
      ...(isFocused ? { focused: true } : {}),
      ...(option.options ? { options: toOptions(option.options, undefined, undefined) } : {}),
    } as APIApplicationCommandInteractionDataOption;
  });
}

function inferType(value: OptionValue | undefined): ApplicationCommandOptionType {
  if (typeof value === "boolean") return ApplicationCommandOptionType.Boolean;
  if (typeof value === "number") {
    return Number.isInteger(value)
      ? ApplicationCommandOptionType.Integer
      : ApplicationCommandOptionType.Number;
  }
  return ApplicationCommandOptionType.String;
}

/** Describes the user's submission of a modal the bot showed: each text input's value by its custom_id. */
export interface ModalSubmitInput extends InteractionOrigin {
  /** The custom_id of the modal (from the bot's type 9 callback). */
  customId: string;
  /** The text inputs' custom_ids in the modal's order, with what the user typed. */
  values: [customId: string, value: string][];
}

/** Builds a MODAL_SUBMIT (type 5) interaction: the modal's text inputs, in action rows as Discord sends them. */
export function buildModalSubmit(state: FakeState, input: ModalSubmitInput): APIModalSubmitInteraction {
  return {
    ...buildBase(state, input),
    type: InteractionType.ModalSubmit,
    data: {
      custom_id: input.customId,
      components: input.values.map(([customId, value]) => ({
        type: ComponentType.ActionRow,
        components: [{ type: ComponentType.TextInput, custom_id: customId, value }],
      })),
    },
  } as APIModalSubmitInteraction;
}

/** Discord sends the attachment objects of attachment options in `data.resolved.attachments`. */
function resolveAttachments(
  state: FakeState,
  options: APIApplicationCommandInteractionDataOption[],
): Record<string, APIAttachment> | undefined {
  const found: [string, APIAttachment][] = [];
  const visit = (list: APIApplicationCommandInteractionDataOption[]) => {
    for (const option of list) {
      const stored =
        option.type === ApplicationCommandOptionType.Attachment
          ? state.attachments.get(String(option.value))
          : undefined;
      if (stored) found.push([stored.attachment.id, stored.attachment]);
      if ("options" in option && option.options)
        visit(option.options as APIApplicationCommandInteractionDataOption[]);
    }
  };
  visit(options);
  return found.length > 0 ? Object.fromEntries(found) : undefined;
}

/** Discord sends full user (and member) objects for user options in `data.resolved`. */
function resolveUsers(
  state: FakeState,
  options: APIApplicationCommandInteractionDataOption[],
  guildId: string | undefined,
): APIInteractionDataResolved | undefined {
  const ids = new Set<string>();
  const visit = (list: APIApplicationCommandInteractionDataOption[]) => {
    for (const option of list) {
      if (option.type === ApplicationCommandOptionType.User) ids.add(String(option.value));
      if ("options" in option && option.options)
        visit(option.options as APIApplicationCommandInteractionDataOption[]);
    }
  };
  visit(options);
  const users = [...ids].flatMap((id) => state.users.get(id) ?? []);
  if (users.length === 0) return undefined;
  const members =
    guildId === undefined
      ? []
      : users.flatMap((user) => {
          const member = state.members.get(user.id);
          if (!member) return [];
          const { user: _user, ...rest } = member;
          return [[user.id, { ...rest, permissions: state.permissionsOf(user.id) }] as const];
        });
  return {
    users: Object.fromEntries(users.map((user) => [user.id, user])),
    ...(members.length > 0 ? { members: Object.fromEntries(members) } : {}),
  } as APIInteractionDataResolved;
}
