/**
 * Answers as Discord messages with buttons: the first send (its page set stored before the reply
 * goes out, so a click in the first milliseconds finds it), page turns for the owner, a private
 * copy for anyone else who presses a button on a public answer, Delete for the asker, and Share
 * for a private answer. A public reply Discord refuses for a missing permission is given privately,
 * saying what the server admin must grant, and logged once per channel and permission.
 */
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type ButtonInteraction,
  ButtonStyle,
  ComponentType,
  MessageFlags,
  type RepliableInteraction,
} from "discord.js";
import type { Logger } from "../logger.ts";
import { type Locale, phrase } from "../views/locales/index.ts";
import type { View } from "../views/view.ts";
import { type ButtonRemover, buttonsOff } from "./expired-buttons.ts";
import { fitMessage } from "./fit.ts";
import { type Markup, phraseMd, userMention } from "./markdown.ts";
import type { NewPageSet, PageStore } from "./page-store.ts";
import { isPermissionRefusal, missingPermission, type PermissionLog } from "./permissions.ts";
import type { RateLimiter } from "./rate-limit.ts";
import { content, type RenderedView, renderView } from "./render.ts";

export interface AnswerDeps {
  readonly pages: PageStore;
  readonly logger: Logger;
  readonly permissions: PermissionLog;
  /** Copies and shares make page sets: within the rate limit, one user cannot push out everyone's. */
  readonly limiter: RateLimiter;
  /** Takes the buttons off answers whose pages lapsed, within a bound. */
  readonly removeButtons: ButtonRemover;
}

/** What to send: a command's view, in the asker's language, and how. */
export interface Answer {
  readonly view: View;
  readonly locale: Locale;
  /** Only the asker sees it (the view may make it private too: hints and problems). */
  readonly hidden: boolean;
  /** The line above every page ("Suggested for @Alex", "Shared by @Alex"). */
  readonly prefix?: string;
  /** The one user the first send may ping (a ping fires only from a message's first send). */
  readonly ping?: string;
  /** A private answer offers a button to share it in the channel. */
  readonly sharable?: boolean;
  /** The page and mode to open on (a shared or copied answer opens where its reader was). */
  readonly at?: { readonly index: number; readonly mode: Mode };
}

type Mode = "compact" | "full";

const NO_PINGS = { parse: [] } as const;
const TURN_BUTTON = /^(page|share):([\w-]+):(\d+):([cf])$/;
const DELETE_BUTTON = /^delete:(\d+):([\w-]+)$/;

/** Sends `answer` as the reply to `interaction`; its pages are kept under the interaction's id first. */
export async function sendAnswer(
  interaction: RepliableInteraction,
  deps: AnswerDeps,
  answer: Answer,
): Promise<void> {
  const key = interaction.id;
  const rendered = renderView(answer.view, answer.locale);
  const hidden = answer.hidden || rendered.ephemeral;
  const message = pageMessage(rendered, answer, { key, ownerId: interaction.user.id, hidden });
  const keep = (asHidden: boolean, withPrefix: string | undefined, sharable: boolean) =>
    keepPages(interaction, deps, key, {
      ownerId: interaction.user.id,
      view: answer.view,
      locale: answer.locale,
      hidden: asHidden,
      sharable,
      ...optional(withPrefix),
    });
  const turnable = message.components.some((r) => r.components.some((b) => !isDelete(b)));
  if (turnable) keep(hidden, answer.prefix, answer.sharable ?? false);
  try {
    await interaction.reply({
      ...fitMessage(message),
      allowedMentions: answer.ping && !hidden ? { parse: [], users: [answer.ping] } : NO_PINGS,
      ...(hidden ? { flags: MessageFlags.Ephemeral } : {}),
    });
  } catch (error) {
    if (hidden || !isPermissionRefusal(error)) {
      deps.pages.delete(key);
      throw error;
    }
    const note = cannotPostNote(interaction, deps, answer.locale, error);
    // Sharing it would meet the same refusal.
    if (turnable) keep(true, note, false);
    const privately = pageMessage(
      rendered,
      { ...answer, prefix: note, sharable: false },
      { key, ownerId: "", hidden: true },
    );
    await interaction.reply({
      ...fitMessage(privately),
      allowedMentions: NO_PINGS,
      flags: MessageFlags.Ephemeral,
    });
  }
}

/** Handles a button of an answer (page turns, Share, Delete); false when the button is not one. */
export async function onAnswerButton(
  interaction: ButtonInteraction,
  deps: AnswerDeps,
  locale: Locale,
): Promise<boolean> {
  const remove = DELETE_BUTTON.exec(interaction.customId);
  if (remove) {
    await onDelete(interaction, deps, locale, remove[1] ?? "", remove[2] ?? "");
    return true;
  }
  const match = TURN_BUTTON.exec(interaction.customId);
  if (!match) return false;
  const [, kind, key = "", page, code] = match;
  const set = deps.pages.get(key);
  if (!set) {
    await interaction.reply(privateNote(phraseMd(locale, "expired")));
    return true;
  }
  const owner = set.ownerId === interaction.user.id;
  const wait = kind === "share" || !owner ? deps.limiter.take(interaction.user.id) : 0;
  if (wait > 0) {
    await interaction.reply(privateNote(phraseMd(locale, "slowDown", { seconds: wait })));
    return true;
  }
  const at = { index: Number(page), mode: code === "f" ? "full" : "compact" } as const;
  const answer = {
    view: set.view,
    locale: set.locale,
    hidden: set.hidden,
    at,
    sharable: set.sharable ?? false,
  };
  if (kind === "share") {
    const prefix = content(phraseMd(set.locale, "sharedBy", { user: userMention(interaction.user.id) }));
    await sendAnswer(interaction, deps, { ...answer, hidden: false, sharable: false, prefix });
  } else if (owner) {
    // Edits never ping, so the suggested person is not pinged again by page turns.
    const place = { key, ownerId: set.ownerId, hidden: set.hidden };
    const message = pageMessage(
      renderView(set.view, set.locale),
      { ...answer, ...optional(set.prefix) },
      place,
    );
    await interaction.update({ ...fitMessage(message), allowedMentions: NO_PINGS });
  } else {
    // Someone else's answer: their own private copy at that page, which they page themselves.
    await sendAnswer(interaction, deps, { view: set.view, locale, hidden: true, at });
  }
  return true;
}

/** A private one-line message that pings nobody. */
export function privateNote(text: Markup): {
  content: string;
  flags: MessageFlags.Ephemeral;
  allowedMentions: typeof NO_PINGS;
} {
  return fitMessage({ content: content(text), flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
}

async function onDelete(
  interaction: ButtonInteraction,
  deps: AnswerDeps,
  locale: Locale,
  ownerId: string,
  key: string,
): Promise<void> {
  if (interaction.user.id !== ownerId) {
    await interaction.reply(privateNote(phraseMd(locale, "notYourDelete")));
    return;
  }
  deps.pages.delete(key);
  // Through the interaction's webhook, the message the button is on: this works where the bot is
  // not a member (a user install), and needs no Manage Messages.
  await interaction.deferUpdate();
  await interaction.deleteReply();
}

/** Keeps a page set; when it lapses the page buttons come off (a public answer keeps Delete). */
function keepPages(interaction: RepliableInteraction, deps: AnswerDeps, key: string, set: NewPageSet): void {
  const components = set.hidden ? [] : [row([deleteButton(set.ownerId, key, set.locale)])];
  deps.pages.put(key, set, deps.removeButtons(buttonsOff(interaction.webhook, components), key));
}

/** Names and logs the permission a refused reply lacked; the line the asker gets about it. */
function cannotPostNote(
  interaction: RepliableInteraction,
  deps: AnswerDeps,
  locale: Locale,
  error: unknown,
): string {
  const inThread = interaction.channel?.isThread() ?? false;
  const permission = missingPermission(interaction.appPermissions, { inThread, error });
  deps.permissions.missing(interaction.channelId ?? "", permission, interaction.guildId);
  const name = phrase(locale, `permission.${permission}`);
  return content(phraseMd(locale, "cannotPost", { permission: name }));
}

interface Place {
  readonly key: string;
  /** Who may delete a public answer. */
  readonly ownerId: string;
  readonly hidden: boolean;
}

/**
 * The message for one page of an answer, after its prefix line if any, with its buttons:
 * Previous, Next (More results on an answer's first page), Show passage / Show less, and Share
 * (private) or Delete (public).
 */
function pageMessage(rendered: RenderedView, answer: Answer, place: Place) {
  const pageCount = rendered.pageCount;
  const mode = answer.at?.mode ?? "compact";
  const at = Math.max(0, Math.min(answer.at?.index ?? 0, pageCount - 1));
  const page = rendered.page(at, mode === "full" && rendered.details);
  const text = [answer.prefix, page.content].filter(Boolean).join("\n");
  const code = mode === "full" ? "f" : "c";
  const { locale } = answer;
  const turn = (label: string, target: number, targetMode: string, disabled = false) =>
    button(label, `page:${place.key}:${target}:${targetMode}`, disabled);
  const buttons: APIButtonComponent[] = [];
  if (pageCount > 1) {
    const more = answer.view.kind === "ask" && at === 0;
    buttons.push(turn(phrase(locale, "previous"), Math.max(0, at - 1), code, at === 0));
    buttons.push(
      turn(
        phrase(locale, more ? "moreResults" : "next"),
        Math.min(pageCount - 1, at + 1),
        code,
        at >= pageCount - 1,
      ),
    );
  }
  if (rendered.details) {
    buttons.push(
      mode === "full"
        ? turn(phrase(locale, "showLess"), at, "c")
        : turn(phrase(locale, "showPassage"), at, "f"),
    );
  }
  if (!rendered.ephemeral) {
    if (place.hidden && answer.sharable)
      buttons.push(
        button(phrase(locale, "share"), `share:${place.key}:${at}:${code}`, false, ButtonStyle.Primary),
      );
    if (!place.hidden) buttons.push(deleteButton(place.ownerId, place.key, locale));
  }
  return { content: text, embeds: page.embeds, components: buttons.length > 0 ? [row(buttons)] : [] };
}

function button(
  label: string,
  customId: string,
  disabled = false,
  style: ButtonStyle.Secondary | ButtonStyle.Primary | ButtonStyle.Danger = ButtonStyle.Secondary,
): APIButtonComponent {
  return { type: ComponentType.Button, style, label, custom_id: customId, disabled };
}

function deleteButton(ownerId: string, key: string, locale: Locale): APIButtonComponent {
  return button(phrase(locale, "deleteAnswer"), `delete:${ownerId}:${key}`, false, ButtonStyle.Danger);
}

function isDelete(component: APIButtonComponent): boolean {
  return "custom_id" in component && component.custom_id.startsWith("delete:");
}

function row(buttons: APIButtonComponent[]): APIActionRowComponent<APIButtonComponent> {
  return { type: ComponentType.ActionRow, components: buttons };
}

function optional(prefix: string | undefined): { prefix?: string } {
  return prefix ? { prefix } : {};
}
