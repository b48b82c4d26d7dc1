/** Command-line parsing for `npm run cli`, validated with zod and reported as one-line usage errors. */
import { parseArgs } from "node:util";
import { z } from "zod";
import { ArticleBotError } from "../errors.ts";

export const USAGE = `usage: npm run --silent cli -- <command> [args] [--json] [--corpus DIR] [--article ID]
commands:
  ask "<question>"            passages that answer a question, best first
  ask --batch FILE            one question per line, one answer per line
  section "<name>"            the section a heading, English name, number or word points to
  sections                    table of contents
  quote "<speaker|topic>"     what a person is quoted as saying, or quotes about a topic
  speakers                    the people quoted in the corpus
  build-index                 build the engine cache for the corpus now (ENGINE_CACHE_DIR)
  check [DIR]                 validate a corpus folder (default: --corpus): every problem, exit 1 if any
  import <raw.txt> [--out DIR] [--force] [--source NAME]
                              turn a raw agency export into a corpus file (source default: dpa)`;

const COMMANDS = [
  "ask",
  "section",
  "sections",
  "quote",
  "speakers",
  "build-index",
  "check",
  "import",
  "help",
] as const;

const argsSchema = z.discriminatedUnion("command", [
  z.object({ command: z.literal("ask"), text: z.string().optional(), batch: z.string().optional() }),
  z.object({ command: z.literal("section"), text: z.string() }),
  z.object({ command: z.literal("sections") }),
  z.object({ command: z.literal("quote"), text: z.string() }),
  z.object({ command: z.literal("speakers") }),
  z.object({ command: z.literal("build-index") }),
  z.object({ command: z.literal("check"), dir: z.string().optional() }),
  z.object({
    command: z.literal("import"),
    text: z.string(),
    out: z.string(),
    source: z.string().optional(),
  }),
  z.object({ command: z.literal("help") }),
]);

export type CliCommand = z.infer<typeof argsSchema>;
export interface CliArgs {
  readonly json: boolean;
  readonly corpus: string;
  readonly article?: string;
  /** `import`: replace an existing corpus file with different content. */
  readonly force: boolean;
  readonly command: CliCommand;
}

/** Parses argv (without node and script); throws ArticleBotError("USAGE") with one line on misuse. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw usage((error as Error).message.split("\n")[0] ?? "bad arguments");
  }
  const { values, positionals } = parsed;
  const [name, ...rest] = positionals;
  if (!name) throw usage("no command given (try `help`)");
  if (!(COMMANDS as readonly string[]).includes(name))
    throw usage(`unknown command "${name}" (commands: ${COMMANDS.join(", ")})`);
  const takesText =
    name === "ask" || name === "section" || name === "quote" || name === "import" || name === "check";
  if (!takesText && rest.length > 0) throw usage(`"${name}" takes no argument, got "${rest.join(" ")}"`);
  if (takesText && rest.length > 1)
    throw usage(`"${name}" takes one argument; quote it: ${name} "${rest.join(" ")}"`);
  const text = rest[0];
  if (name === "ask" && (text === undefined) === (values.batch === undefined)) {
    throw usage('ask needs either a question or --batch FILE: ask "<question>"');
  }
  if (takesText && name !== "ask" && name !== "check" && text === undefined)
    throw usage(`"${name}" needs an argument: ${name} "<…>"`);
  const command = argsSchema.parse({
    command: name,
    text,
    dir: text,
    batch: values.batch,
    out: values.out ?? "corpus",
    source: values.source,
  });
  return {
    json: values.json ?? false,
    force: values.force ?? false,
    corpus: values.corpus ?? process.env.CORPUS_DIR ?? "corpus",
    ...(values.article ? { article: values.article } : {}),
    command,
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: "boolean" },
      corpus: { type: "string" },
      article: { type: "string" },
      batch: { type: "string" },
      out: { type: "string" },
      source: { type: "string" },
      force: { type: "boolean" },
    },
  });
}

function usage(problem: string): ArticleBotError {
  return new ArticleBotError("USAGE", problem);
}
