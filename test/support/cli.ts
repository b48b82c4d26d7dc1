/** Runs the CLI in-process, as tests use it: what it printed, and its exit code. */
import { runCli } from "../../src/cli/main.ts";

/** The CLI's exit code and output for `argv`, with the given environment. */
export function cliWith(env: NodeJS.ProcessEnv, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(
    argv,
    (s) => out.push(s),
    (s) => err.push(s),
    env,
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** The same, in this process's environment. */
export function cli(...argv: string[]) {
  return cliWith(process.env, ...argv);
}
