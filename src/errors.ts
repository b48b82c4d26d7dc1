/**
 * Errors a person can act on. Every message names where the problem is and what to do about it;
 * `code` lets callers (CLI exit codes, Discord replies) react without parsing text.
 */

export type ErrorCode =
  | "CORPUS_FILE" // a corpus file is malformed
  | "CORPUS_EMPTY" // no article in the corpus folder
  | "IMPORT_SHAPE" // a raw export is not in the expected shape
  | "USAGE" // a command was called wrongly
  | "CONFIG"; // the environment is not set up right

/** An error whose message is meant for a person (operator or user), not for a stack trace. */
export class ArticleBotError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ArticleBotError";
  }
}

/** Where in a file a problem is: `corpus/x.md:12`. */
export function at(file: string, line?: number): string {
  return line === undefined ? file : `${file}:${line}`;
}
