/**
 * The message context menu (Apps → on any message): "Ask the article" answers the message's text
 * as an /ask question, privately, with a button to share the answer in the channel.
 */
import type {
  MessageContextMenuCommandInteraction,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from "discord.js";
import { ApplicationCommandType } from "discord.js";
import type { Command } from "../../commands/contract.ts";
import { invoke } from "../../commands/invoke.ts";
import { MAX_QUESTION_LENGTH } from "../../commands/options.ts";
import type { Engine } from "../engine/engine.ts";
import type { Logger } from "../logger.ts";
import { LOCALES, type Locale, phrase } from "../views/locales/index.ts";
import { truncateWords } from "../views/truncate.ts";
import { type AnswerDeps, privateNote, sendAnswer } from "./answers.ts";
import { EVERYWHERE } from "./install.ts";
import { phraseMd } from "./markdown.ts";

export interface MenuDeps extends AnswerDeps {
  readonly engine: Engine;
  readonly commands: readonly Command[];
}

/** The menu's registered name (English); other locales name it in their phrase table. */
export const ASK_MENU = phrase("en", "menu.ask.name");

/** Registration JSON of the message commands: names in every locale the bot speaks, installable everywhere. */
export function messageCommandData(): RESTPostAPIContextMenuApplicationCommandsJSONBody[] {
  const others = (Object.keys(LOCALES) as Locale[]).filter((l) => l !== "en");
  return [
    {
      type: ApplicationCommandType.Message,
      name: ASK_MENU,
      name_localizations: Object.fromEntries(others.map((l) => [l, phrase(l, "menu.ask.name")])),
      ...EVERYWHERE,
    },
  ];
}

/**
 * What of a message makes a question: its text without mentions, custom emoji and links (which
 * are no words of the article), on one line, cut at a word to the length /ask takes.
 */
export function questionOf(text: string): string {
  const words = text
    .replace(/<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|<\/[\w -]+:\d+>|https?:\/\/\S+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return truncateWords(words, MAX_QUESTION_LENGTH);
}

/** Answers a message command; an unknown one (a stale registration) is told privately. */
export async function onMessageCommand(
  interaction: MessageContextMenuCommandInteraction,
  deps: MenuDeps,
  locale: Locale,
  log: Logger,
): Promise<void> {
  const ask = deps.commands.find((c) => c.name === "ask");
  if (interaction.commandName !== ASK_MENU || !ask) {
    log.warn({ command: interaction.commandName }, "unknown message command");
    await interaction.reply(
      privateNote(phraseMd(locale, "unknownCommand", { name: interaction.commandName })),
    );
    return;
  }
  const wait = deps.limiter.take(interaction.user.id);
  if (wait > 0) {
    await interaction.reply(privateNote(phraseMd(locale, "slowDown", { seconds: wait })));
    return;
  }
  const question = questionOf(interaction.targetMessage.content);
  if (!question) {
    await interaction.reply(privateNote(phraseMd(locale, "menuNoText")));
    return;
  }
  const view = invoke(ask, { engine: deps.engine, locale, commands: deps.commands }, { question });
  await sendAnswer(interaction, deps, { view, locale, hidden: true, sharable: true });
  log.info({ command: ASK_MENU }, "message command answered");
}
