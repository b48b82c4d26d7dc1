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
  type InteractionReplyOptions,
  MessageFlags,
} from "discord.js";
import type { Command, CommandContext, Locale } from "../commands/contract.ts";
import { invoke } from "../commands/invoke.ts";
import { suggestArticles } from "../commands/suggest.ts";
import type { Engine } from "../engine/engine.ts";
import type { Logger } from "../logger.ts";
import { truncateWords } from "../render/truncate.ts";
import { MAX_AUTOCOMPLETE_CHOICES, MAX_CHOICE_NAME } from "./limits.ts";
import { localeOf, phrase } from "./locale.ts";
import type { PageStore } from "./page-store.ts";
import type { RateLimiter } from "./rate-limit.ts";
import { type Page, renderView } from "./render.ts";

export interface InteractionDeps {
  readonly engine: Engine;
  readonly commands: readonly Command[];
  readonly logger: Logger;
  readonly pages: PageStore;
  readonly limiter: RateLimiter;
}

const NO_PINGS = { parse: [] } as const;
const PAGE_BUTTON = /^page:([\w-]+):(\d+)$/;

/** The `interactionCreate` listener. */
export function createInteractionHandler(deps: InteractionDeps): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    const ref = randomUUID().slice(0, 8);
    const log = deps.logger.child({ ref, interaction: interaction.id, user: interaction.user.id });
    const locale = localeOf(interaction.locale);
    try {
      if (interaction.isChatInputCommand()) await onCommand(interaction, deps, locale, log);
      else if (interaction.isAutocomplete()) await onAutocomplete(interaction, deps, locale);
      else if (interaction.isButton()) await onButton(interaction, deps, locale);
    } catch (error) {
      log.error({ err: error }, "interaction failed");
      await reportFailure(interaction, locale, ref, log);
    }
  };
}

async function onCommand(
  interaction: ChatInputCommandInteraction,
  deps: InteractionDeps,
  locale: Locale,
  log: Logger,
): Promise<void> {
  const wait = deps.limiter.take(interaction.user.id);
  if (wait > 0) {
    await interaction.reply(ephemeral(phrase(locale, "slowDown", { seconds: wait })));
    return;
  }
  const command = deps.commands.find((c) => c.name === interaction.commandName);
  if (!command) {
    log.warn({ command: interaction.commandName }, "unknown command");
    await interaction.reply(ephemeral(phrase(locale, "unknownCommand", { name: interaction.commandName })));
    return;
  }
  const raw = Object.fromEntries(interaction.options.data.map((o) => [o.name, o.value]));
  const started = performance.now();
  const rendered = renderView(invoke(command, context(deps, locale), raw), locale);
  log.info({ command: command.name, ms: Math.round(performance.now() - started) }, "command answered");
  const [first] = rendered.pages;
  if (!first) throw new Error(`command /${command.name} rendered no page`);
  const paged = rendered.pages.length > 1;
  await interaction.reply({
    ...first,
    allowedMentions: NO_PINGS,
    ...(rendered.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
    ...(paged
      ? {
          components: [pageButtons(interaction.id, 0, rendered.pages.length, locale, command.name === "ask")],
        }
      : {}),
  });
  if (paged) {
    deps.pages.put(interaction.id, interaction.user.id, rendered.pages, () => {
      // The buttons come off when the pages lapse, so nobody clicks a dead button.
      interaction
        .editReply({ components: [] })
        .catch((err: unknown) => log.debug({ err }, "could not remove expired buttons"));
    });
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
  const choices =
    focused.name === "article"
      ? suggestArticles(deps.engine, partial)
      : (command?.autocomplete?.(context(deps, locale), focused.name, partial) ?? []);
  await interaction.respond(
    choices.slice(0, MAX_AUTOCOMPLETE_CHOICES).map((c) => ({
      name: truncateWords(c.name, MAX_CHOICE_NAME),
      value: truncateWords(c.value, MAX_CHOICE_NAME),
    })),
  );
}

async function onButton(
  interaction: ButtonInteraction,
  deps: InteractionDeps,
  locale: Locale,
): Promise<void> {
  const match = PAGE_BUTTON.exec(interaction.customId);
  const set = match ? deps.pages.get(match[1] ?? "") : undefined;
  if (!match || !set) {
    await interaction.reply(ephemeral(phrase(locale, "expired")));
    return;
  }
  if (set.ownerId !== interaction.user.id) {
    await interaction.reply(ephemeral(phrase(locale, "notYours")));
    return;
  }
  const index = Math.min(Number(match[2]), set.pages.length - 1);
  const page = set.pages[index] as Page;
  await interaction.update({
    ...page,
    content: page.content ?? "",
    allowedMentions: NO_PINGS,
    components: [pageButtons(match[1] ?? "", index, set.pages.length, locale, false)],
  });
}

/** Previous / Next buttons for page `index` of `count`. */
function pageButtons(
  key: string,
  index: number,
  count: number,
  locale: Locale,
  moreLabel: boolean,
): APIActionRowComponent<APIButtonComponent> {
  const button = (label: string, target: number, disabled: boolean): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: `page:${key}:${target}`,
    disabled,
  });
  const nextLabel = moreLabel && index === 0 ? phrase(locale, "moreResults") : phrase(locale, "next");
  return {
    type: ComponentType.ActionRow,
    components: [
      button(phrase(locale, "previous"), Math.max(0, index - 1), index === 0),
      button(nextLabel, Math.min(count - 1, index + 1), index >= count - 1),
    ],
  };
}

function context(deps: InteractionDeps, locale: Locale): CommandContext {
  return { engine: deps.engine, locale, commands: deps.commands };
}

function ephemeral(content: string): InteractionReplyOptions & { flags: MessageFlags.Ephemeral } {
  return { content, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS };
}

async function reportFailure(
  interaction: Interaction,
  locale: Locale,
  ref: string,
  log: Logger,
): Promise<void> {
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
      return;
    }
    if (!interaction.isRepliable()) return;
    const message = ephemeral(phrase(locale, "failed", { ref }));
    if (interaction.replied || interaction.deferred) await interaction.followUp(message);
    else await interaction.reply(message);
  } catch (error) {
    log.error({ err: error }, "could not tell the user about the failure");
  }
}
