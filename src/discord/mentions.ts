/**
 * Questions by mention (`@bot <question>`) or by DM get the /ask answer as a reply, in channels
 * and threads alike. Needs no privileged intent: Discord delivers the content of mentions and DMs
 * to every bot. In a busy channel the bot stays quiet: a mention beyond the rate limit gets a ⏳
 * reaction, and a channel it may not post in is logged once, naming the missing permission.
 */
import { randomUUID } from "node:crypto";
import type { Message } from "discord.js";
import type { Command } from "../../commands/contract.ts";
import { invoke } from "../../commands/invoke.ts";
import type { Engine } from "../engine/engine.ts";
import type { Logger } from "../logger.ts";
import { localeOf } from "../views/locales/index.ts";
import { fitMessage, type Payload } from "./fit.ts";
import { phraseMd } from "./markdown.ts";
import { isPermissionRefusal, missingPermission, type PermissionLog } from "./permissions.ts";
import type { RateLimiter } from "./rate-limit.ts";
import { content, renderView } from "./render.ts";

export interface MentionDeps {
  readonly engine: Engine;
  readonly commands: readonly Command[];
  readonly logger: Logger;
  readonly limiter: RateLimiter;
  readonly permissions: PermissionLog;
}

/** The reaction a mention beyond the rate limit gets, instead of a message in the channel. */
export const SLOW_DOWN_REACTION = "⏳";

/** The `messageCreate` listener. */
export function createMentionHandler(deps: MentionDeps): (message: Message) => Promise<void> {
  return async (message) => {
    const me = message.client.user;
    if (message.author.bot || !me) return;
    const direct = !message.inGuild();
    if (
      !direct &&
      !message.mentions.has(me, { ignoreEveryone: true, ignoreRoles: true, ignoreRepliedUser: true })
    )
      return;
    const ref = randomUUID().slice(0, 8);
    const log = deps.logger.child({ ref, message: message.id, user: message.author.id });
    const locale = localeOf(message.guild?.preferredLocale);
    const reply = (payload: Payload) =>
      message.reply({ ...fitMessage(payload), allowedMentions: { parse: [], repliedUser: false } });
    try {
      if (deps.limiter.take(message.author.id) > 0) {
        await message
          .react(SLOW_DOWN_REACTION)
          .catch((err: unknown) => log.debug({ err }, "could not react to a mention beyond the rate limit"));
        return;
      }
      const question = message.content.replace(new RegExp(`<@!?${me.id}>`, "g"), " ").trim();
      const ask = deps.commands.find((c) => c.name === "ask");
      if (!ask) throw new Error("the ask command is not registered");
      const rendered = renderView(
        invoke(ask, { engine: deps.engine, locale, commands: deps.commands }, { question }),
        locale,
      );
      // A reply to a message has no buttons to open the passage with, so it shows it in full.
      const first = rendered.page(0, true);
      await reply(first);
      log.info({ direct }, "mention answered");
    } catch (error) {
      if (isPermissionRefusal(error)) {
        const granted = message.inGuild() ? message.channel.permissionsFor(me) : null;
        const options = { inThread: message.channel.isThread(), reply: true, error };
        deps.permissions.missing(message.channelId, missingPermission(granted, options), message.guildId);
        return;
      }
      log.error({ err: error }, "mention failed");
      await reply({ content: content(phraseMd(locale, "failed", { ref })) }).catch((err: unknown) =>
        log.error({ err }, "could not report failure"),
      );
    }
  };
}
