/** Orama with the German tokenizer (language "german") and the German Snowball stemmer of @orama/stemmers. */
import { create, insertMultiple, search } from "@orama/orama";
import { language, stemmer } from "@orama/stemmers/german";
import { type Peer, peerDocument } from "./peer.ts";

export const oramaPeer: Peer = {
  name: "@orama/orama (german)",
  config:
    "create({ schema: { text: 'string', sectionTitle: 'string' }, components: { tokenizer: { stemming: true, stemmer, language } } }) " +
    "with stemmer/language from '@orama/stemmers/german'; search(db, { term: query, limit })",
  async build(passages) {
    const db = create({
      schema: { text: "string", sectionTitle: "string" } as const,
      components: { tokenizer: { stemming: true, stemmer, language: language as "german" } },
    });
    await insertMultiple(db, passages.map(peerDocument));
    return {
      async search(query, limit) {
        const result = await search(db, { term: query, limit });
        return result.hits.map((hit) => hit.id);
      },
    };
  },
};
