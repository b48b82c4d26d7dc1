// Gateway discovery, the application, guild lookups and application command registration.
import {
  type APIApplicationCommand,
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
} from "discord.js";
import type { FakeContext } from "../context.ts";
import { discordError, FormErrors, unknownGuild } from "../errors.ts";
import { type Route, type RouteRequest, type RouteResponse, route } from "../router.ts";
import { snowflake } from "../snowflake.ts";

type CommandBody = Partial<APIApplicationCommand> & { name?: string };

// Chat-input command and option names: lowercase, 1–32 characters, no spaces.
const CHAT_INPUT_NAME = /^[-_'\p{Ll}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** The routes for gateway discovery, the application, guilds and commands. */
export function applicationRoutes(ctx: FakeContext): Route[] {
  const gateway = () => ({ url: ctx.gatewayUrl() });
  return [
    route("GET", "/gateway", () => ({ status: 200, body: gateway() }), { auth: false }),
    route("GET", "/gateway/bot", () => ({
      status: 200,
      body: {
        ...gateway(),
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      },
    })),
    route("GET", "/applications/@me", () => ({ status: 200, body: ctx.state.application() })),
    route("GET", "/oauth2/applications/@me", () => ({ status: 200, body: ctx.state.application() })),
    route("GET", "/guilds/:guildId", ({ params }) => {
      if (params.guildId !== ctx.state.guildId) return unknownGuild();
      const { members: _members, channels: _channels, ...guild } = ctx.state.guildCreate();
      return { status: 200, body: guild };
    }),
    route("GET", "/guilds/:guildId/members/:userId", ({ params }) => {
      if (params.guildId !== ctx.state.guildId) return unknownGuild();
      const member = ctx.state.members.get(params.userId ?? "");
      return member ? { status: 200, body: member } : discordError(404, 10007, "Unknown Member");
    }),
    route("GET", "/applications/:appId/commands", (r) => listCommands(ctx, r)),
    route("PUT", "/applications/:appId/commands", (r) => replaceCommands(ctx, r)),
    route("POST", "/applications/:appId/commands", (r) => upsertCommand(ctx, r)),
    route("GET", "/applications/:appId/guilds/:guildId/commands", (r) => listCommands(ctx, r)),
    route("PUT", "/applications/:appId/guilds/:guildId/commands", (r) => replaceCommands(ctx, r)),
    route("POST", "/applications/:appId/guilds/:guildId/commands", (r) => upsertCommand(ctx, r)),
  ];
}

function commandList(
  ctx: FakeContext,
  params: Record<string, string>,
): APIApplicationCommand[] | RouteResponse {
  if (params.appId !== ctx.state.applicationId) {
    return discordError(403, 20012, "You are not authorized to perform this action on this application");
  }
  if (params.guildId === undefined) return ctx.state.globalCommands;
  if (params.guildId !== ctx.state.guildId) return unknownGuild();
  let list = ctx.state.guildCommands.get(params.guildId);
  if (!list) {
    list = [];
    ctx.state.guildCommands.set(params.guildId, list);
  }
  return list;
}

function listCommands(ctx: FakeContext, { params }: RouteRequest): RouteResponse {
  const list = commandList(ctx, params);
  return Array.isArray(list) ? { status: 200, body: list } : list;
}

function replaceCommands(ctx: FakeContext, { params, request }: RouteRequest): RouteResponse {
  const list = commandList(ctx, params);
  if (!Array.isArray(list)) return list;
  const bodies = request.body;
  if (!Array.isArray(bodies)) return discordError(400, 50035, "Invalid Form Body");
  const errors = new FormErrors();
  for (const [index, body] of (bodies as CommandBody[]).entries()) checkCommand(body, errors, [index]);
  if (!errors.empty) return errors.response();
  // Like Discord, a command that keeps its name keeps its id; the others are created or deleted.
  const next = (bodies as CommandBody[]).map((body) => toCommand(ctx, body, params.guildId, list));
  list.splice(0, list.length, ...next);
  return { status: 200, body: next };
}

function upsertCommand(ctx: FakeContext, { params, request }: RouteRequest): RouteResponse {
  const list = commandList(ctx, params);
  if (!Array.isArray(list)) return list;
  const body = (request.body ?? {}) as CommandBody;
  const errors = new FormErrors();
  checkCommand(body, errors, []);
  if (!errors.empty) return errors.response();
  const command = toCommand(ctx, body, params.guildId, list);
  const index = list.findIndex((existing) => existing.id === command.id);
  if (index >= 0) list.splice(index, 1, command);
  else list.push(command);
  return { status: index >= 0 ? 200 : 201, body: command };
}

function toCommand(
  ctx: FakeContext,
  body: CommandBody,
  guildId: string | undefined,
  existing: APIApplicationCommand[],
): APIApplicationCommand {
  const type = body.type ?? ApplicationCommandType.ChatInput;
  const previous = existing.find((command) => command.name === body.name && command.type === type);
  return {
    id: previous?.id ?? snowflake(),
    application_id: ctx.state.applicationId,
    version: snowflake(),
    type,
    name: body.name ?? "",
    name_localizations: body.name_localizations ?? null,
    description: body.description ?? "",
    description_localizations: body.description_localizations ?? null,
    ...(body.options && body.options.length > 0 ? { options: body.options } : {}),
    default_member_permissions: body.default_member_permissions ?? null,
    nsfw: body.nsfw ?? false,
    integration_types: body.integration_types ?? [ApplicationIntegrationType.GuildInstall],
    contexts: body.contexts ?? null,
    ...(guildId !== undefined ? { guild_id: guildId } : { dm_permission: body.dm_permission ?? true }),
  };
}

function checkCommand(body: CommandBody, errors: FormErrors, path: (string | number)[]): void {
  const chatInput = (body.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput;
  if (
    typeof body.name !== "string" ||
    (chatInput ? !CHAT_INPUT_NAME.test(body.name) : body.name.length > 32)
  ) {
    errors.add([...path, "name"], "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
  }
  if (chatInput) {
    checkDescription(body.description, errors, [...path, "description"]);
    checkOptions(body.options ?? [], errors, [...path, "options"]);
  } else if (body.description || body.options) {
    // User and message commands take neither a description nor options.
    errors.add([...path, "description"], "BASE_TYPE_BAD_LENGTH", "Must be between 0 and 0 in length.");
  }
  checkValues(body.integration_types, [0, 1], errors, [...path, "integration_types"]);
  checkValues(body.contexts, [0, 1, 2], errors, [...path, "contexts"]);
}

/** `integration_types` and `contexts`: absent, or a list of the values Discord knows. */
function checkValues(
  values: readonly number[] | null | undefined,
  known: readonly number[],
  errors: FormErrors,
  path: (string | number)[],
): void {
  for (const [index, value] of (values ?? []).entries())
    if (!known.includes(value))
      errors.add([...path, index], "BASE_TYPE_CHOICES", `Value must be one of (${known.join(", ")}).`);
}

function checkOptions(
  options: APIApplicationCommandOption[],
  errors: FormErrors,
  path: (string | number)[],
): void {
  if (options.length > 25) errors.add(path, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
  let sawOptional = false;
  for (const [index, option] of options.entries()) {
    const at = [...path, index];
    if (typeof option.name !== "string" || !CHAT_INPUT_NAME.test(option.name)) {
      errors.add([...at, "name"], "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
    }
    checkDescription(option.description, errors, [...at, "description"]);
    const required = "required" in option && option.required === true;
    if (required && sawOptional) {
      errors.add(
        at,
        "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
        "Required options must be placed before non-required options",
      );
    }
    if (!required) sawOptional = true;
    if ("choices" in option && Array.isArray(option.choices) && option.choices.length > 25) {
      errors.add([...at, "choices"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
    }
    const nested =
      option.type === ApplicationCommandOptionType.Subcommand ||
      option.type === ApplicationCommandOptionType.SubcommandGroup;
    if (nested && "options" in option && option.options) {
      checkOptions(option.options as APIApplicationCommandOption[], errors, [...at, "options"]);
    }
  }
}

function checkDescription(description: unknown, errors: FormErrors, path: (string | number)[]): void {
  if (typeof description !== "string" || description.length < 1 || description.length > 100) {
    errors.add(path, "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
  }
}
