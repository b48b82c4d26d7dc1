/**
 * Routes Discord interactions to the commands: slash commands, message commands, autocomplete and
 * the buttons of answers. Every interaction is answered exactly once; every failure gets an ephemeral message for the user
 * and a log line with a correlation id.
 */
import { randomUUID } from "node:crypto";
import type { AutocompleteInteraction, ChatInputCommandInteraction, Interaction } from "discord.js";
import type { Command, CommandContext } from "../../commands/contract.ts";
import { invoke, suggest } from "../../commands/invoke.ts";
import type { Engine } from "../engine/engine.ts";
import type { Logger } from "../logger.ts";
import { type Locale, localeOf } from "../views/locales/index.ts";
import { onAnswerButton, privateNote, sendAnswer } from "./answers.ts";
import { type ArticleAdmin, isArticleInteraction, onArticleInteraction } from "./article-admin.ts";
import { choicesOf } from "./choices.ts";
import { FOR_OPTION, HIDE_OPTION } from "./command-data.ts";
import { onMessageCommand } from "./context-menu.ts";
import { type ButtonRemover, createButtonRemover } from "./expired-buttons.ts";
import { fitChoices } from "./fit.ts";
import { phraseMd, userMention } from "./markdown.ts";
import { interactionRecord, type Metrics } from "./metrics.ts";
import type { PageStore } from "./page-store.ts";
import type { PermissionLog } from "./permissions.ts";
import type { RateLimiter } from "./rate-limit.ts";
import { content, renderView } from "./render.ts";

export interface InteractionDeps {
  readonly engine: Engine;
  readonly commands: readonly Command[];
  readonly logger: Logger;
  readonly pages: PageStore;
  readonly limiter: RateLimiter;
  /** Channels the bot could not post in, logged once per channel and permission. */
  readonly permissions: PermissionLog;
  /** Where each handled interaction is counted (HEALTH_PORT's /metrics); nothing by default. */
  readonly metrics?: Metrics;
  /** What moderators' `/article` may change; without it `/article` is refused. */
  readonly admin?: ArticleAdmin;
}

/** What the handlers share: the deps, and one bound on the removals of expired buttons. */
type Handling = InteractionDeps & { readonly removeButtons: ButtonRemover };

/** The `interactionCreate` listener. */
export function createInteractionHandler(
  interactionDeps: InteractionDeps,
): (interaction: Interaction) => Promise<void> {
  const deps: Handling = { ...interactionDeps, removeButtons: createButtonRemover(interactionDeps.logger) };
  return async (interaction) => {
    const ref = randomUUID().slice(0, 8);
    // The child logger is made when a line is written: at the usual levels most interactions write none.
    let child: Logger | undefined;
    const log = () => {
      child ??= deps.logger.child({ ref, interaction: interaction.id, user: interaction.user.id });
      return child;
    };
    const locale = localeOf(interaction.locale);
    const started = performance.now();
    let failed = false;
    try {
      if (isArticleInteraction(interaction))
        await onArticleInteraction(interaction, context(deps, locale), deps.admin, log());
      else if (interaction.isChatInputCommand()) await onCommand(interaction, deps, locale, log);
      else if (interaction.isMessageContextMenuCommand())
        await onMessageCommand(interaction, deps, locale, log());
      else if (interaction.isAutocomplete()) await onAutocomplete(interaction, deps, locale);
      else if (interaction.isButton() && !(await onAnswerButton(interaction, deps, locale)))
        await interaction.reply(privateNote(phraseMd(locale, "expired")));
    } catch (error) {
      failed = true;
      log().error({ err: error }, "interaction failed");
      await reportFailure(interaction, locale, ref, log);
    }
    deps.metrics?.interaction(interactionRecord(interaction, performance.now() - started, failed));
  };
}

async function onCommand(
  interaction: ChatInputCommandInteraction,
  deps: Handling,
  locale: Locale,
  log: () => Logger,
): Promise<void> {
  const wait = deps.limiter.take(interaction.user.id);
  if (wait > 0) {
    await interaction.reply(privateNote(phraseMd(locale, "slowDown", { seconds: wait })));
    return;
  }
  const command = deps.commands.find((c) => c.name === interaction.commandName);
  if (!command) {
    log().warn({ command: interaction.commandName }, "unknown command");
    await interaction.reply(
      privateNote(phraseMd(locale, "unknownCommand", { name: interaction.commandName })),
    );
    return;
  }
  // `hide` and `for` shape the reply, not the answer: the command never sees them.
  const hide = interaction.options.getBoolean(HIDE_OPTION.name) ?? false;
  const target = command.sharable ? interaction.options.getUser(FOR_OPTION.name) : null;
  const raw = Object.fromEntries(
    interaction.options.data
      .filter((o) => o.name !== HIDE_OPTION.name && o.name !== FOR_OPTION.name)
      .map((o) => [o.name, o.value]),
  );
  const started = performance.now();
  const view = invoke(command, context(deps, locale), raw);
  const rendered = renderView(view, locale);
  if (deps.logger.isLevelEnabled("info"))
    log().info({ command: command.name, ms: Math.round(performance.now() - started) }, "command answered");
  const hidden = rendered.ephemeral || hide;
  // A ping only fires from a message's first send, so the suggestion goes into the initial reply;
  // a private answer cannot suggest anything to anyone.
  const suggestTo = target && !hidden ? target.id : undefined;
  // The mention is the one deliberate piece of markup that pings (allowedMentions names only this user).
  const prefix = suggestTo
    ? content(phraseMd(locale, "suggestedFor", { user: userMention(suggestTo) }))
    : undefined;
  await sendAnswer(interaction, deps, {
    view,
    locale,
    hidden,
    sharable: hidden,
    ...(prefix && suggestTo ? { prefix, ping: suggestTo } : {}),
  });
}

async function onAutocomplete(
  interaction: AutocompleteInteraction,
  deps: InteractionDeps,
  locale: Locale,
): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const partial = String(focused.value ?? "");
  const command = deps.commands.find((c) => c.name === interaction.commandName);
  // The options filled in beside the focused one scope its suggestions (the article named, say).
  const filled = Object.fromEntries(
    interaction.options.data.filter((o) => !o.focused).map((o) => [o.name, o.value]),
  );
  const suggestions = command ? suggest(command, context(deps, locale), focused.name, partial, filled) : [];
  await interaction.respond(fitChoices(choicesOf(suggestions, locale)));
}

function context(deps: InteractionDeps, locale: Locale): CommandContext {
  return { engine: deps.engine, locale, commands: deps.commands };
}

async function reportFailure(
  interaction: Interaction,
  locale: Locale,
  ref: string,
  log: () => Logger,
): Promise<void> {
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
      return;
    }
    if (!interaction.isRepliable()) return;
    const message = privateNote(phraseMd(locale, "failed", { ref }));
    if (interaction.replied || interaction.deferred) await interaction.followUp(message);
    else await interaction.reply(message);
  } catch (error) {
    log().error({ err: error }, "could not tell the user about the failure");
  }
}
