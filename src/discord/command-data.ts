/**
 * Commands as the JSON Discord registers, from each command's one declaration: names and
 * descriptions from the phrase tables (every locale the bot speaks), option limits as declared.
 */
import {
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
  type RESTPostAPIApplicationCommandsJSONBody,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { Command, OptionSpec } from "../../commands/contract.ts";
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

/** Registration JSON of every command; the `article` option only when the corpus has several articles. */
export function commandData(
  commands: readonly Command[],
  articleCount: number,
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((command) => ({
    name: command.name,
    ...texts("command", command.name),
    options: [
      ...command.options.filter((o) => o.name !== "article" || articleCount > 1),
      ...(command.sharable ? [FOR_OPTION] : []),
      HIDE_OPTION,
    ].map(optionData),
    ...EVERYWHERE,
  }));
}

/** Everything deploy-commands registers: the slash commands and the message context menu. */
export function registrationData(
  commands: readonly Command[],
  articleCount: number,
): RESTPostAPIApplicationCommandsJSONBody[] {
  return [...commandData(commands, articleCount), ...messageCommandData()];
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
