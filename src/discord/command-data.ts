/**
 * Commands as the JSON Discord registers, from each command's one declaration: names and
 * descriptions from the phrase tables (every locale the bot speaks), option limits as declared.
 */
import {
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIApplicationCommandsJSONBody,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { ARTICLE_COMMAND } from "../../commands/article.ts";
import type { Command, OptionSpec } from "../../commands/contract.ts";
import { MAX_NAME_LENGTH } from "../../commands/options.ts";
import { declaredText, LOCALES, type Locale } from "../views/locales/index.ts";
import { truncateWords } from "../views/truncate.ts";
import { messageCommandData } from "./context-menu.ts";
import { EVERYWHERE } from "./install.ts";
import { MAX_COMMAND_DESCRIPTION } from "./limits.ts";

const OPTION_TYPES = {
  string: ApplicationCommandOptionType.String,
  integer: ApplicationCommandOptionType.Integer,
  boolean: ApplicationCommandOptionType.Boolean,
  user: ApplicationCommandOptionType.User,
} as const;

/**
 * Registration JSON of every command, and the moderators' /article. The `article` option is always
 * there: articles come and go while the bot runs, and its autocomplete lists the ones served, so
 * the registration never has to change with the corpus.
 */
export function commandData(commands: readonly Command[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [
    ...commands.map((command) => ({
      name: command.name,
      ...texts("command", command.name),
      options: [...command.options, ...(command.sharable ? [FOR_OPTION] : []), HIDE_OPTION].map(optionData),
      ...EVERYWHERE,
    })),
    articleCommandData(),
  ];
}

/** The `file` option of `/article add`: an attachment. */
export const FILE_OPTION = "file";

/**
 * `/article list | add [file] | remove <id>`: shown only to members with Manage Server (a server
 * may grant it to others under Integrations; the handler checks the permission again), in servers only.
 */
function articleCommandData(): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const sub = (name: string, options: APIApplicationCommandOption[] = []) =>
    ({
      type: ApplicationCommandOptionType.Subcommand,
      name,
      ...texts("option", name),
      options,
    }) as APIApplicationCommandOption;
  return {
    name: ARTICLE_COMMAND,
    ...texts("command", ARTICLE_COMMAND),
    default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
    // A server's corpus, changed by its moderators: not for an account install or a DM.
    integration_types: [ApplicationIntegrationType.GuildInstall],
    contexts: [InteractionContextType.Guild],
    options: [
      sub("list"),
      sub("add", [
        {
          type: ApplicationCommandOptionType.Attachment,
          name: FILE_OPTION,
          ...texts("option", FILE_OPTION),
          required: false,
        },
      ]),
      sub("remove", [
        optionData({
          name: "id",
          type: "string",
          required: true,
          maxLength: MAX_NAME_LENGTH,
          autocomplete: true,
        }),
      ]),
    ],
  };
}

/** Everything deploy-commands registers: the slash commands and the message context menu. */
export function registrationData(commands: readonly Command[]): RESTPostAPIApplicationCommandsJSONBody[] {
  return [...commandData(commands), ...messageCommandData()];
}

/** Every command can answer privately (Discord only: the console has no audience). */
export const HIDE_OPTION: OptionSpec = { name: "hide", type: "boolean" };

/** Sharable commands can suggest their answer to someone, pinging only that person. */
export const FOR_OPTION: OptionSpec = { name: "for", type: "user" };

function optionData(option: OptionSpec): APIApplicationCommandOption {
  return {
    type: OPTION_TYPES[option.type],
    name: option.name,
    ...texts("option", option.name),
    required: option.required ?? false,
    ...(option.maxLength ? { max_length: option.maxLength } : {}),
    ...(option.autocomplete ? { autocomplete: true } : {}),
  } as APIApplicationCommandOption;
}

/** The English description, and each other locale's name (where it differs) and description. */
function texts(kind: "command" | "option", name: string) {
  const others = (Object.keys(LOCALES) as Locale[]).filter((l) => l !== "en");
  const names = others.flatMap((l) => {
    const localized = declaredText(l, kind, name, "name");
    return localized === name ? [] : [[l, localized] as const];
  });
  const description = (l: Locale) =>
    truncateWords(declaredText(l, kind, name, "description"), MAX_COMMAND_DESCRIPTION);
  return {
    ...(names.length > 0 ? { name_localizations: Object.fromEntries(names) } : {}),
    description: description("en"),
    description_localizations: Object.fromEntries(others.map((l) => [l, description(l)])),
  };
}
