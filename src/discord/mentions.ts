/**
 * Questions by mention (`@bot <question>`) or by DM get the /ask answer as a reply.
 * Needs no privileged intent: Discord delivers the content of mentions and DMs to every bot.
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
import type { RateLimiter } from "./rate-limit.ts";
import { content, renderView } from "./render.ts";

export interface MentionDeps {
  readonly engine: Engine;
  readonly commands: readonly Command[];
  readonly logger: Logger;
  readonly limiter: RateLimiter;
}

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
      const wait = deps.limiter.take(message.author.id);
      if (wait > 0) {
        await reply({ content: content(phraseMd(locale, "slowDown", { seconds: wait })) });
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
      log.error({ err: error }, "mention failed");
      await reply({ content: content(phraseMd(locale, "failed", { ref })) }).catch((err: unknown) =>
        log.error({ err }, "could not report failure"),
      );
    }
  };
}
