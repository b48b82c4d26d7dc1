/**
 * Taking the buttons off answers whose pages lapsed, within a bound. Each removal is a webhook
 * edit, and discord.js holds every REST request to Discord's global 50 requests a second; a busy
 * bot gives up page sets faster than that (the page store's cap), so unbounded removals would queue
 * without end, each holding its request (and what it refers to) until its turn. Beyond the bound
 * the buttons stay on: a click on them is answered as expired anyway.
 */
import type { InteractionWebhook, MessageEditOptions } from "discord.js";
import type { Logger } from "../logger.ts";

/**
 * Removals waiting or in flight at most: a second of Discord's global limit, so a removal either
 * goes out within about a second or is not queued at all.
 */
export const MAX_PENDING_REMOVALS = 50;

/** Makes the `onExpire` callback for one answer: runs `remove` unless `max` removals are pending already. */
export type ButtonRemover = (remove: () => Promise<unknown>, interactionId: string) => () => void;

/** A remover with its own count of pending removals. */
export function createButtonRemover(logger: Logger, max: number = MAX_PENDING_REMOVALS): ButtonRemover {
  let pending = 0;
  return (remove, interactionId) => () => {
    if (pending >= max) {
      logger.debug(
        { interaction: interactionId, pending },
        "expired buttons left on: too many removals pending",
      );
      return;
    }
    pending++;
    remove()
      .catch((err: unknown) =>
        logger.debug({ err, interaction: interactionId }, "could not remove expired buttons"),
      )
      .finally(() => {
        pending--;
      });
  };
}

/**
 * The edit that takes an answer's buttons off (all but `keep`). Made here rather than in the command's handler, so
 * the callback the page store keeps holds the reply's webhook only, not the handler's scope (the
 * interaction with its options, user and member).
 */
export function buttonsOff(
  webhook: InteractionWebhook,
  keep: NonNullable<MessageEditOptions["components"]> = [],
): () => Promise<unknown> {
  return () => webhook.editMessage("@original", { components: keep });
}
