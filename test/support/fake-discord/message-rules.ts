// Discord's documented size limits for messages. A bot that sends a 2 001-character answer works against a
// lenient fake and fails in production, so the fake rejects what Discord rejects, with the same errors.
import { ComponentType } from "discord.js";
import { emptyMessage, FormErrors } from "./errors.ts";
import type { RouteResponse } from "./router.ts";
import type { CallbackData, MessageBody, RecordedFile } from "./types.ts";

const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  embedTotal: 6000,
  actionRows: 5,
  customId: 100,
  buttonLabel: 80,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

// A lone surrogate is not text: Discord refuses the payload (the fake's wording of that refusal).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkText(value: unknown, errors: FormErrors, path: (string | number)[]): void {
  if (typeof value === "string" && LONE_SURROGATE.test(value))
    errors.add(path, "STRING_TYPE_INVALID_UNICODE", "Must be valid Unicode (no unpaired surrogates).");
}

/**
 * Checks a message body against Discord's limits; returns the error response, or undefined if it is valid.
 * `requireContent` is false for edits, which may change a single field.
 */
export function checkMessageBody(
  body: MessageBody | undefined,
  files: RecordedFile[],
  options: { requireContent: boolean; path?: (string | number)[] },
): RouteResponse | undefined {
  const prefix = options.path ?? [];
  const errors = new FormErrors();
  const message = body ?? {};
  if (typeof message.content === "string" && message.content.length > LIMITS.content) {
    errors.add(
      [...prefix, "content"],
      "BASE_TYPE_MAX_LENGTH",
      `Must be ${LIMITS.content} or fewer in length.`,
    );
  }
  checkText(message.content, errors, [...prefix, "content"]);
  checkEmbeds(message.embeds ?? [], errors, [...prefix, "embeds"]);
  checkComponents(message.components ?? [], errors, [...prefix, "components"]);
  if (!errors.empty) return errors.response();
  if (options.requireContent && isEmpty(message, files)) return emptyMessage();
  return undefined;
}

/** Checks autocomplete choices (at most 25, names and values at most 100 characters). */
export function checkChoices(data: CallbackData | undefined): RouteResponse | undefined {
  const errors = new FormErrors();
  const choices = data?.choices;
  if (!Array.isArray(choices)) {
    errors.add(["data", "choices"], "BASE_TYPE_REQUIRED", "This field is required");
    return errors.response();
  }
  if (choices.length > LIMITS.choices) {
    errors.add(
      ["data", "choices"],
      "BASE_TYPE_BAD_LENGTH",
      `Must be between 0 and ${LIMITS.choices} in length.`,
    );
  }
  for (const [index, choice] of choices.entries()) {
    if (typeof choice.name !== "string" || choice.name.length < 1 || choice.name.length > LIMITS.choiceName) {
      errors.add(
        ["data", "choices", index, "name"],
        "BASE_TYPE_BAD_LENGTH",
        "Must be between 1 and 100 in length.",
      );
    }
    checkText(choice.name, errors, ["data", "choices", index, "name"]);
    checkText(choice.value, errors, ["data", "choices", index, "value"]);
    if (
      typeof choice.value === "string" &&
      (choice.value.length < 1 || choice.value.length > LIMITS.choiceValue)
    ) {
      errors.add(
        ["data", "choices", index, "value"],
        "BASE_TYPE_MAX_LENGTH",
        "Must be 100 or fewer in length.",
      );
    }
  }
  return errors.empty ? undefined : errors.response();
}

function isEmpty(message: MessageBody, files: RecordedFile[]): boolean {
  const hasContent = typeof message.content === "string" && message.content.length > 0;
  const hasEmbeds = (message.embeds ?? []).length > 0;
  const hasComponents = (message.components ?? []).length > 0;
  const hasExtras =
    message.poll !== undefined || (Array.isArray(message.sticker_ids) && message.sticker_ids.length > 0);
  return !hasContent && !hasEmbeds && !hasComponents && files.length === 0 && !hasExtras;
}

function checkEmbeds(
  embeds: NonNullable<MessageBody["embeds"]>,
  errors: FormErrors,
  path: (string | number)[],
) {
  if (embeds.length > LIMITS.embeds) {
    errors.add(path, "BASE_TYPE_MAX_LENGTH", `Must be ${LIMITS.embeds} or fewer in length.`);
  }
  let total = 0;
  for (const [index, embed] of embeds.entries()) {
    const at = (...rest: (string | number)[]) => [...path, index, ...rest];
    const limit = (value: string | undefined, max: number, where: (string | number)[]) => {
      if (value === undefined) return;
      checkText(value, errors, where);
      total += value.length;
      if (value.length > max) errors.add(where, "BASE_TYPE_MAX_LENGTH", `Must be ${max} or fewer in length.`);
    };
    limit(embed.title, LIMITS.embedTitle, at("title"));
    limit(embed.description, LIMITS.embedDescription, at("description"));
    limit(embed.footer?.text, LIMITS.footerText, at("footer", "text"));
    limit(embed.author?.name, LIMITS.authorName, at("author", "name"));
    const fields = embed.fields ?? [];
    if (fields.length > LIMITS.embedFields) {
      errors.add(at("fields"), "BASE_TYPE_MAX_LENGTH", `Must be ${LIMITS.embedFields} or fewer in length.`);
    }
    for (const [fieldIndex, field] of fields.entries()) {
      limit(field.name, LIMITS.fieldName, at("fields", fieldIndex, "name"));
      limit(field.value, LIMITS.fieldValue, at("fields", fieldIndex, "value"));
    }
  }
  if (total > LIMITS.embedTotal) {
    errors.add(path, "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000");
  }
}

function checkComponents(
  components: NonNullable<MessageBody["components"]>,
  errors: FormErrors,
  path: (string | number)[],
) {
  const rows = components.filter((component) => component.type === 1);
  if (rows.length > LIMITS.actionRows && rows.length === components.length) {
    errors.add(path, "BASE_TYPE_MAX_LENGTH", `Must be ${LIMITS.actionRows} or fewer in length.`);
  }
  for (const [rowIndex, row] of components.entries()) {
    if (!("components" in row) || !Array.isArray(row.components)) continue;
    for (const [index, child] of row.components.entries()) {
      const at = [...path, rowIndex, "components", index];
      if (
        "custom_id" in child &&
        typeof child.custom_id === "string" &&
        child.custom_id.length > LIMITS.customId
      ) {
        errors.add([...at, "custom_id"], "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.");
      }
      if ("label" in child && typeof child.label === "string" && child.label.length > LIMITS.buttonLabel) {
        errors.add([...at, "label"], "BASE_TYPE_MAX_LENGTH", "Must be 80 or fewer in length.");
      }
      if ("label" in child) checkText(child.label, errors, [...at, "label"]);
    }
  }
}

// A modal's limits (Discord's API docs, "Modal" and "Text Input").
const MODAL = { title: 45, rows: 5, label: 45, placeholder: 100, textLength: 4000 } as const;

/** The 400 Discord answers for a malformed modal (type 9 callback), or undefined when it is well formed. */
export function checkModal(data: CallbackData | undefined): RouteResponse | undefined {
  const errors = new FormErrors();
  const length = (value: unknown, max: number, path: (string | number)[]) => {
    if (typeof value !== "string" || value.length < 1 || value.length > max)
      errors.add(path, "BASE_TYPE_BAD_LENGTH", `Must be between 1 and ${max} in length.`);
  };
  length(data?.custom_id, LIMITS.customId, ["data", "custom_id"]);
  length(data?.title, MODAL.title, ["data", "title"]);
  const rows = (data?.components ?? []) as { type?: number; components?: Record<string, unknown>[] }[];
  if (rows.length < 1 || rows.length > MODAL.rows)
    errors.add(
      ["data", "components"],
      "BASE_TYPE_BAD_LENGTH",
      `Must be between 1 and ${MODAL.rows} in length.`,
    );
  for (const [r, row] of rows.entries()) {
    const input = row.components?.[0];
    if (
      !input ||
      row.type !== ComponentType.ActionRow ||
      row.components?.length !== 1 ||
      input.type !== ComponentType.TextInput
    ) {
      errors.add(
        ["data", "components", r],
        "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
        "A modal row holds one text input.",
      );
      continue;
    }
    const at = ["data", "components", r, "components", 0];
    length(input.custom_id, LIMITS.customId, [...at, "custom_id"]);
    length(input.label, MODAL.label, [...at, "label"]);
    if (input.placeholder !== undefined) length(input.placeholder, MODAL.placeholder, [...at, "placeholder"]);
    if (typeof input.max_length === "number" && input.max_length > MODAL.textLength)
      errors.add(
        [...at, "max_length"],
        "NUMBER_TYPE_MAX",
        `int value should be less than or equal to ${MODAL.textLength}.`,
      );
  }
  return errors.empty ? undefined : errors.response();
}
