/** Command specs as the JSON Discord registers, with German localisations and option limits. */
import {
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { Command, OptionSpec } from "../commands/contract.ts";
import { truncateWords } from "../render/truncate.ts";

const OPTION_TYPES = {
  string: ApplicationCommandOptionType.String,
  integer: ApplicationCommandOptionType.Integer,
  boolean: ApplicationCommandOptionType.Boolean,
  user: ApplicationCommandOptionType.User,
} as const;
// Discord caps descriptions at 100 characters.
const MAX_DESCRIPTION = 100;

/** Registration JSON of every command; the `article` option only when the corpus has several articles. */
export function commandData(
  commands: readonly Command[],
  articleCount: number,
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((command) => ({
    name: command.name,
    ...(command.nameDe ? { name_localizations: { de: command.nameDe } } : {}),
    description: truncateWords(command.description.en, MAX_DESCRIPTION),
    description_localizations: { de: truncateWords(command.description.de, MAX_DESCRIPTION) },
    options: [
      ...command.options.filter((o) => o.name !== "article" || articleCount > 1),
      ...(command.sharable ? [FOR_OPTION] : []),
      HIDE_OPTION,
    ].map(optionData),
  }));
}

/** Every command can answer privately (Discord only: the console has no audience). */
export const HIDE_OPTION: OptionSpec = {
  name: "hide",
  nameDe: "verbergen",
  description: { en: "Only you see the answer", de: "Nur du siehst die Antwort" },
  type: "boolean",
};

/** Sharable commands can suggest their answer to someone, pinging only that person. */
export const FOR_OPTION: OptionSpec = {
  name: "for",
  nameDe: "für",
  description: {
    en: "Suggest the answer to someone (pings only them)",
    de: "Schlage die Antwort jemandem vor (pingt nur diese Person)",
  },
  type: "user",
};

function optionData(option: OptionSpec): APIApplicationCommandOption {
  return {
    type: OPTION_TYPES[option.type],
    name: option.name,
    ...(option.nameDe ? { name_localizations: { de: option.nameDe } } : {}),
    description: truncateWords(option.description.en, MAX_DESCRIPTION),
    description_localizations: { de: truncateWords(option.description.de, MAX_DESCRIPTION) },
    required: option.required ?? false,
    ...(option.maxLength ? { max_length: option.maxLength } : {}),
    ...(option.autocomplete ? { autocomplete: true } : {}),
  } as APIApplicationCommandOption;
}
