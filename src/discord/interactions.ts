/**
 * Routes Discord interactions to the commands: slash commands, autocomplete and page buttons.
 * Every interaction is answered exactly once; every failure gets an ephemeral message for the user
 * and a log line with a correlation id.
 */
import { randomUUID } from "node:crypto";
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type AutocompleteInteraction,
  type ButtonInteraction,
  ButtonStyle,
  type ChatInputCommandInteraction,
  ComponentType,
  type Interaction,
  MessageFlags,
} from "discord.js";
import type { Command, CommandContext } from "../../commands/contract.ts";
import { invoke, suggest } from "../../commands/invoke.ts";
import type { Engine } from "../engine/engine.ts";
import type { Logger } from "../logger.ts";
import { type Locale, localeOf, phrase } from "../views/locales/index.ts";
import { choicesOf } from "./choices.ts";
import { FOR_OPTION, HIDE_OPTION } from "./command-data.ts";
import { type ButtonRemover, buttonsOff, createButtonRemover } from "./expired-buttons.ts";
import { fitChoices, fitMessage } from "./fit.ts";
import { type Markup, phraseMd, userMention } from "./markdown.ts";
import type { PageStore } from "./page-store.ts";
import type { RateLimiter } from "./rate-limit.ts";
import { content, type RenderedView, renderView } from "./render.ts";

export interface InteractionDeps {
  readonly engine: Engine;
  readonly commands: readonly Command[];
  readonly logger: Logger;
  readonly pages: PageStore;
  readonly limiter: RateLimiter;
}

const NO_PINGS = { parse: [] } as const;
const PAGE_BUTTON = /^page:([\w-]+):(\d+):([cf])$/;

/** The `interactionCreate` listener. */
export function createInteractionHandler(deps: InteractionDeps): (interaction: Interaction) => Promise<void> {
  const removeButtons = createButtonRemover(deps.logger);
  return async (interaction) => {
    const ref = randomUUID().slice(0, 8);
    // The child logger is made when a line is written: at the usual levels most interactions write none.
    let child: Logger | undefined;
    const log = () => {
      child ??= deps.logger.child({ ref, interaction: interaction.id, user: interaction.user.id });
      return child;
    };
    const locale = localeOf(interaction.locale);
    try {
      if (interaction.isChatInputCommand()) await onCommand(interaction, deps, locale, log, removeButtons);
      else if (interaction.isAutocomplete()) await onAutocomplete(interaction, deps, locale);
      else if (interaction.isButton()) await onButton(interaction, deps, locale);
    } catch (error) {
      log().error({ err: error }, "interaction failed");
      await reportFailure(interaction, locale, ref, log);
    }
  };
}

async function onCommand(
  interaction: ChatInputCommandInteraction,
  deps: InteractionDeps,
  locale: Locale,
  log: () => Logger,
  removeButtons: ButtonRemover,
): Promise<void> {
  const wait = deps.limiter.take(interaction.user.id);
  if (wait > 0) {
    await interaction.reply(fitMessage(ephemeral(phraseMd(locale, "slowDown", { seconds: wait }))));
    return;
  }
  const command = deps.commands.find((c) => c.name === interaction.commandName);
  if (!command) {
    log().warn({ command: interaction.commandName }, "unknown command");
    await interaction.reply(
      fitMessage(ephemeral(phraseMd(locale, "unknownCommand", { name: interaction.commandName }))),
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
  const first = pageView(rendered, prefix, 0, "compact", interaction.id, locale, command.name === "ask");
  await interaction.reply({
    ...fitMessage(first),
    allowedMentions: suggestTo ? { parse: [], users: [suggestTo] } : NO_PINGS,
    ...(hidden ? { flags: MessageFlags.Ephemeral } : {}),
  });
  if (first.components.length > 0) {
    // The set keeps the view, not its pages; the expiry keeps the reply's webhook, not the interaction.
    // The buttons come off when the pages lapse, so nobody clicks a dead button.
    const set = { ownerId: interaction.user.id, view, locale, ...(prefix ? { prefix } : {}) };
    deps.pages.put(interaction.id, set, removeButtons(buttonsOff(interaction.webhook), interaction.id));
  }
}

async function onAutocomplete(
  interaction: AutocompleteInteraction,
  deps: InteractionDeps,
  locale: Locale,
): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const partial = String(focused.value ?? "");
  const command = deps.commands.find((c) => c.name === interaction.commandName);
  const suggestions = command ? suggest(command, context(deps, locale), focused.name, partial) : [];
  await interaction.respond(fitChoices(choicesOf(suggestions, locale)));
}

async function onButton(
  interaction: ButtonInteraction,
  deps: InteractionDeps,
  locale: Locale,
): Promise<void> {
  const match = PAGE_BUTTON.exec(interaction.customId);
  const key = match?.[1] ?? "";
  const set = match ? deps.pages.get(key) : undefined;
  if (!match || !set) {
    await interaction.reply(fitMessage(ephemeral(phraseMd(locale, "expired"))));
    return;
  }
  if (set.ownerId !== interaction.user.id) {
    await interaction.reply(fitMessage(ephemeral(phraseMd(locale, "notYours"))));
    return;
  }
  const mode = match[3] === "f" ? "full" : "compact";
  // Edits never ping, so the suggested person is not pinged again by page turns.
  await interaction.update(
    fitMessage({
      ...pageView(renderView(set.view, set.locale), set.prefix, Number(match[2]), mode, key, locale, false),
      allowedMentions: NO_PINGS,
    }),
  );
}

type Mode = "compact" | "full";

/**
 * Page `index` of an answer in a mode (rendered now), after the `prefix` line if any, with its
 * buttons: Previous, Next, Show passage / Show less.
 */
function pageView(
  rendered: RenderedView,
  prefix: string | undefined,
  index: number,
  mode: Mode,
  key: string,
  locale: Locale,
  moreLabel: boolean,
) {
  const pageCount = rendered.pageCount;
  const at = Math.max(0, Math.min(index, pageCount - 1));
  const page = rendered.page(at, mode === "full" && rendered.details);
  const content = [prefix, page.content].filter(Boolean).join("\n");
  const code = mode === "full" ? "f" : "c";
  const button = (
    label: string,
    target: number,
    targetMode: string,
    disabled = false,
  ): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: `page:${key}:${target}:${targetMode}`,
    disabled,
  });
  const buttons: APIButtonComponent[] = [];
  if (pageCount > 1) {
    const nextLabel = moreLabel && at === 0 ? label(locale, "moreResults") : label(locale, "next");
    buttons.push(button(label(locale, "previous"), Math.max(0, at - 1), code, at === 0));
    buttons.push(button(nextLabel, Math.min(pageCount - 1, at + 1), code, at >= pageCount - 1));
  }
  if (rendered.details) {
    buttons.push(
      mode === "full"
        ? button(label(locale, "showLess"), at, "c")
        : button(label(locale, "showPassage"), at, "f"),
    );
  }
  const components: APIActionRowComponent<APIButtonComponent>[] =
    buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
  return { content, embeds: page.embeds, components };
}

function context(deps: InteractionDeps, locale: Locale): CommandContext {
  return { engine: deps.engine, locale, commands: deps.commands };
}

function ephemeral(text: Markup): {
  content: string;
  flags: MessageFlags.Ephemeral;
  allowedMentions: typeof NO_PINGS;
} {
  return { content: content(text), flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS };
}

/** A button label: our own phrase as plain text (Discord renders no markdown in labels). */
function label(
  locale: Locale,
  key: "moreResults" | "next" | "previous" | "showLess" | "showPassage",
): string {
  return phrase(locale, key);
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
    const message = fitMessage(ephemeral(phraseMd(locale, "failed", { ref })));
    if (interaction.replied || interaction.deferred) await interaction.followUp(message);
    else await interaction.reply(message);
  } catch (error) {
    log().error({ err: error }, "could not tell the user about the failure");
  }
}
