// Request body decoding: discord.js sends JSON, or multipart/form-data (files + `payload_json`) when a
// message has attachments.
import type { IncomingMessage } from "node:http";
import type { RecordedFile } from "./types.ts";

/** A decoded request body. */
export interface DecodedBody {
  body: unknown;
  files: RecordedFile[];
}

/** Thrown for bodies Discord would reject as undecodable (answered with 400 / 50109). */
export class BodyDecodeError extends Error {}

/** Reads and decodes a request body (JSON or multipart with `payload_json`). */
export async function readBody(request: IncomingMessage): Promise<DecodedBody> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const contentType = request.headers["content-type"] ?? "";
  if (raw.length === 0) return { body: undefined, files: [] };
  if (contentType.startsWith("multipart/form-data")) return decodeMultipart(raw, contentType);
  try {
    return { body: JSON.parse(raw.toString("utf8")) as unknown, files: [] };
  } catch {
    throw new BodyDecodeError("The request body contains invalid JSON.");
  }
}

async function decodeMultipart(raw: Buffer, contentType: string): Promise<DecodedBody> {
  // The fetch Response class already implements a spec-compliant multipart parser; reuse it rather than
  // hand-rolling boundary handling.
  const form = await new Response(raw, { headers: { "content-type": contentType } }).formData();
  let body: Record<string, unknown> | undefined;
  const fields: Record<string, unknown> = {};
  const files: RecordedFile[] = [];
  for (const [field, value] of form.entries()) {
    if (typeof value === "string") {
      if (field === "payload_json") {
        try {
          body = JSON.parse(value) as Record<string, unknown>;
        } catch {
          throw new BodyDecodeError("The payload_json part contains invalid JSON.");
        }
      } else {
        fields[field] = value;
      }
    } else {
      files.push({
        field,
        filename: value.name,
        contentType: value.type || "application/octet-stream",
        data: Buffer.from(await value.arrayBuffer()),
      });
    }
  }
  // discord.js's `appendToFormData` mode sends plain fields instead of payload_json; fold them in.
  return { body: body ?? (Object.keys(fields).length > 0 ? fields : undefined), files };
}
