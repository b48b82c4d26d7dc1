/**
 * `/article` on Discord: moderators list, add (an attachment, or text pasted into a modal) and
 * remove articles of the live corpus. Registered for Manage Server only; checked here again,
 * since a server can open the command to others. Every change is logged with who made it.
 */
import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  ComponentType,
  type Interaction,
  MessageFlags,
  type ModalSubmitInteraction,
  PermissionFlagsBits,
  TextInputStyle,
} from "discord.js";
import {
  ARTICLE_COMMAND,
  addArticle,
  listArticles,
  moderatorsOnly,
  removeArticle,
} from "../../commands/article.ts";
import type { CommandContext } from "../../commands/contract.ts";
import { suggestArticles } from "../../commands/suggest.ts";
import type { CorpusChange } from "../corpus/admin.ts";
import type { CorpusControl } from "../engine/reload.ts";
import type { Logger } from "../logger.ts";
import { type Locale, phrase } from "../views/locales/index.ts";
import type { View } from "../views/view.ts";
import { choicesOf } from "./choices.ts";
import { FILE_OPTION } from "./command-data.ts";
import { downloadAttachment } from "./download.ts";
import { fitChoices, fitMessage } from "./fit.ts";
import { renderView } from "./render.ts";

/** What `/article` may change, and how much an attachment may hold. */
export interface ArticleAdmin {
  readonly control: CorpusControl;
  /** The corpus file limit: a larger attachment is refused before it is downloaded. */
  readonly maxFileBytes: number;
  /** How long an attachment download may take. Default 10 s. */
  readonly downloadTimeoutMs?: number;
}

const MODAL_ID = "article-add";
const MODAL_TEXT = "text";
/** Discord's most characters in a text input. */
const MAX_MODAL_TEXT = 4_000;
const DOWNLOAD_TIMEOUT_MS = 10_000;

/** Whether `/article` (its command, autocomplete or modal) is what this interaction is. */
export function isArticleInteraction(interaction: Interaction): boolean {
  if (interaction.isModalSubmit()) return interaction.customId === MODAL_ID;
  return (
    (interaction.isChatInputCommand() || interaction.isAutocomplete()) &&
    interaction.commandName === ARTICLE_COMMAND
  );
}

/** Answers an `/article` interaction; `context` is the one every command gets, without corpus rights. */
export async function onArticleInteraction(
  interaction: Interaction,
  context: CommandContext,
  admin: ArticleAdmin | undefined,
  log: Logger,
): Promise<void> {
  if (interaction.isAutocomplete()) return suggestIds(interaction, context);
  if (!interaction.isChatInputCommand() && !interaction.isModalSubmit()) return;
  const moderator = interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) === true;
  if (!moderator || !admin) {
    log.warn({ user: interaction.user.id, tag: interaction.user.tag }, "/article refused: not a moderator");
    return answer(interaction, moderatorsOnly(), context.locale);
  }
  const audited = { ...context, corpus: auditedControl(admin.control, interaction, log) };
  if (interaction.isModalSubmit()) {
    // A change rebuilds the engine before it is confirmed, which may outlast Discord's 3 s.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const text = interaction.fields.getTextInputValue(MODAL_TEXT);
    return answer(interaction, addArticle(audited, Buffer.from(text, "utf8"), "pasted text"), context.locale);
  }
  const sub = interaction.options.getSubcommand();
  if (sub === "list") return answer(interaction, listArticles(audited), context.locale);
  if (sub === "remove") {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    return answer(
      interaction,
      removeArticle(audited, interaction.options.getString("id", true)),
      context.locale,
    );
  }
  return addFromCommand(interaction, audited, admin);
}

async function addFromCommand(
  interaction: ChatInputCommandInteraction,
  context: CommandContext,
  admin: ArticleAdmin,
): Promise<void> {
  const file = interaction.options.getAttachment(FILE_OPTION);
  if (!file) {
    await interaction.showModal(modal(context.locale));
    return;
  }
  if (file.size > admin.maxFileBytes) return answer(interaction, tooLarge(admin), context.locale);
  // A download may outlast the 3 s Discord gives for the first answer.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const got = await downloadAttachment(
    file.url,
    admin.maxFileBytes,
    admin.downloadTimeoutMs ?? DOWNLOAD_TIMEOUT_MS,
  );
  const view: View = got.ok
    ? addArticle(context, got.bytes, file.name)
    : got.why === "tooLarge"
      ? tooLarge(admin)
      : {
          kind: "problem",
          problem: { phrase: `articleDownload.${got.why}`, values: { detail: got.detail } },
        };
  return answer(interaction, view, context.locale);
}

function tooLarge(admin: ArticleAdmin): View {
  return {
    kind: "problem",
    problem: { phrase: "articleTooLarge", values: { kb: Math.floor(admin.maxFileBytes / 1024) } },
  };
}

/** The corpus control of one moderator's interaction: each change is logged with who made it. */
function auditedControl(control: CorpusControl, interaction: Interaction, log: Logger): CorpusControl {
  const who = { user: interaction.user.id, tag: interaction.user.tag };
  const logged = (change: CorpusChange, action: string) => {
    if (change.ok)
      log.info(
        { ...who, article: change.article.id, action: change.action },
        `/article ${action}: ${change.action}`,
      );
    else log.info({ ...who, action, refused: change.refusal.kind }, `/article ${action}: refused`);
    return change;
  };
  return {
    add: (bytes, source) => logged(control.add(bytes, source), "add"),
    remove: (id) => logged(control.remove(id), "remove"),
  };
}

async function suggestIds(interaction: AutocompleteInteraction, context: CommandContext): Promise<void> {
  const partial = String(interaction.options.getFocused() ?? "");
  await interaction.respond(fitChoices(choicesOf(suggestArticles(context.engine, partial), context.locale)));
}

function modal(locale: Locale) {
  return {
    custom_id: MODAL_ID,
    title: phrase(locale, "articleModalTitle"),
    components: [
      {
        type: ComponentType.ActionRow as const,
        components: [
          {
            type: ComponentType.TextInput as const,
            custom_id: MODAL_TEXT,
            style: TextInputStyle.Paragraph,
            label: phrase(locale, "articleModalLabel"),
            placeholder: phrase(locale, "articleModalPlaceholder"),
            required: true,
            max_length: MAX_MODAL_TEXT,
          },
        ],
      },
    ],
  };
}

/** A private answer: moderators' replies are for them, not the channel. */
async function answer(
  interaction: ChatInputCommandInteraction | ModalSubmitInteraction,
  view: View,
  locale: Locale,
): Promise<void> {
  const page = renderView(view, locale).page(0, false);
  const message = { content: page.content, embeds: page.embeds, allowedMentions: { parse: [] } };
  // A deferred answer is already private; its edit carries no flags.
  if (interaction.deferred) await interaction.editReply(fitMessage(message));
  else await interaction.reply(fitMessage({ ...message, flags: MessageFlags.Ephemeral as const }));
}
