/** The environment `bin/start.js` runs in when a test starts it as its own process against a fake Discord, and helpers to run it. */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** `process.env` with the bot pointed at the fake: its token and API, no engine cache, no sharding. */
export function botEnv(token: string, apiUrl: string | undefined, logLevel: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DISCORD_TOKEN: token,
    DISCORD_API_URL: apiUrl,
    ENGINE_CACHE_DIR: "off",
    LOG_LEVEL: logLevel,
    SHARDS: "",
  };
}

/** A URL on 127.0.0.1 where nothing listens: a port that was free a moment ago. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, "close");
  return `http://127.0.0.1:${port}/api`;
}

/** Runs node with `args` (a script of the repository) to its end: exit status, stdout, its JSON lines, stderr. */
export async function runToExit(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => {
    stdout += String(chunk);
  });
  child.stderr.on("data", (chunk) => {
    stderr += String(chunk);
  });
  const [code] = await once(child, "exit");
  const lines = stdout
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code: code as number | null, stdout, stderr, lines };
}
