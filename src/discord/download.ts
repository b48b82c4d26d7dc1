/** Downloading an attachment (I/O edge): http(s) only, within a byte limit and a time limit. */

/** Why a download gave no bytes, for the phrase that tells the moderator (`articleDownload.<why>`). */
export type DownloadFailure =
  | { readonly why: "notWeb"; readonly detail: string }
  | { readonly why: "status"; readonly detail: string }
  | { readonly why: "timeout"; readonly detail: string }
  | { readonly why: "network"; readonly detail: string }
  | { readonly why: "tooLarge" };

/** The bytes, or why there are none. */
export type Download =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | ({ readonly ok: false } & DownloadFailure);

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
    return { ok: false, why: "notWeb", detail: url.slice(0, 40) };
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
    return { ok: false, why: "notWeb", detail: parsed.protocol };
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(parsed, { signal });
    if (!response.ok || !response.body)
      return { ok: false, why: "status", detail: `HTTP ${response.status}` };
    if (Number(response.headers.get("content-length") ?? 0) > maxBytes) {
      await response.body.cancel();
      return { ok: false, why: "tooLarge" };
    }
    return await readUpTo(response.body, maxBytes);
  } catch (error) {
    if (signal.aborted) return { ok: false, why: "timeout", detail: String(timeoutMs / 1000) };
    return { ok: false, why: "network", detail: (error as Error).message };
  }
}

/** Reads a body to its end, giving up as soon as it passes `maxBytes` (a length header may lie). */
async function readUpTo(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Download> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.byteLength;
    if (total > maxBytes) return { ok: false, why: "tooLarge" };
    chunks.push(chunk);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}
