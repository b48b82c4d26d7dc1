// Held answers: `holdResponse` lets a test act between the fake receiving a request (and acting on it)
// and the bot receiving the answer, e.g. to deliver a click on a reply the bot does not yet know was sent.
import { matchesRequest } from "./faults.ts";
import type { RecordedRequest, RequestMatcher } from "./types.ts";

/** What runs while an answer is held; the answer is written once it settles. */
export type HoldAction = (request: RecordedRequest) => Promise<unknown>;

/** Holds queued by tests, each for the next matching request. */
export class ResponseHolds {
  readonly #pending: { matcher: RequestMatcher; action: HoldAction }[] = [];

  /** Queues a hold for the next request that matches; settles as its action does. */
  add(matcher: RequestMatcher, action: HoldAction): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#pending.push({
        matcher,
        action: (request) => action(request).then(() => resolve(), reject),
      });
    });
  }

  /** Consumes the first hold that matches `request`, if any. */
  take(request: RecordedRequest): HoldAction | undefined {
    const index = this.#pending.findIndex((pending) => matchesRequest(pending.matcher, request));
    return index < 0 ? undefined : this.#pending.splice(index, 1)[0]?.action;
  }
}
