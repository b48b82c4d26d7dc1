/** Downloading an attachment (I/O edge): http(s) only, within a byte limit and a time limit. */

/** The bytes, or why there are none. */
export type Download =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: string; readonly tooLarge?: true };

/** Fetches `url` if it is http(s), reading at most `maxBytes` bytes within `timeoutMs`. */
export async function downloadAttachment(
  url: string,
  maxBytes: number,
  timeoutMs: number,
): Promise<Download> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: "not a web address" };
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
    return { ok: false, reason: `${parsed.protocol} is not a web address` };
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(parsed, { signal });
    if (!response.ok || !response.body) return { ok: false, reason: `HTTP ${response.status}` };
    if (Number(response.headers.get("content-length") ?? 0) > maxBytes) {
      await response.body.cancel();
      return { ok: false, reason: "too large", tooLarge: true };
    }
    return await readUpTo(response.body, maxBytes);
  } catch (error) {
    if (signal.aborted) return { ok: false, reason: `no answer within ${timeoutMs / 1000} s` };
    return { ok: false, reason: (error as Error).message };
  }
}

/** Reads a body to its end, giving up as soon as it passes `maxBytes` (a length header may lie). */
async function readUpTo(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Download> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.byteLength;
    if (total > maxBytes) return { ok: false, reason: "too large", tooLarge: true };
    chunks.push(chunk);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}
