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
    options: command.options.filter((o) => o.name !== "article" || articleCount > 1).map(optionData),
  }));
}

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
