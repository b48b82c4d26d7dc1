/** The CLI's JSON shapes for quotes and speakers: other tools parse them, so keep them exactly. */
import type { QuoteResult } from "../engine/quote.ts";
import type { Quote, Speaker } from "./quote.ts";

/** `quote` → {query, speaker: name | null, quotes:[{speaker, text, kind, section, paragraph, context}]} */
export function quoteJson(result: QuoteResult) {
  return {
    query: result.query,
    speaker: result.speaker?.name ?? null,
    quotes: result.quotes.map((q) => ({
      speaker: q.speaker,
      text: q.text,
      kind: q.kind,
      section: q.sectionTitle,
      paragraph: q.paragraph,
      context: q.context,
    })),
  };
}

/** `speakers` → {speakers:[{name, aliases, quotes}]}, quotes being the count; one entry per name. */
export function speakersJson(speakers: readonly Speaker[], quotes: readonly Quote[]) {
  const byName = new Map<string, { name: string; aliases: string[]; quotes: number }>();
  for (const s of speakers) {
    const entry = byName.get(s.name) ?? { name: s.name, aliases: [], quotes: 0 };
    for (const a of [...s.forms, ...s.english])
      if (a !== s.name && !entry.aliases.includes(a)) entry.aliases.push(a);
    byName.set(s.name, entry);
  }
  for (const q of quotes) {
    const entry = q.speaker ? byName.get(q.speaker) : undefined;
    if (entry) entry.quotes++;
  }
  return { speakers: [...byName.values()] };
}
