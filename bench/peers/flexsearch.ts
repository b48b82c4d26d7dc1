/** FlexSearch 0.8 Document index with its German language pack (`flexsearch/lang/de`) as the encoder. */
import { Document } from "flexsearch";
import GermanPreset from "flexsearch/lang/de";
import { type Peer, type PeerDocument, peerDocument } from "./peer.ts";

export const flexsearchPeer: Peer = {
  name: "flexsearch (lang/de)",
  config:
    "new Document({ encoder: GermanPreset /* flexsearch/lang/de */, document: { id: 'id', index: ['text', 'sectionTitle'] } }); " +
    "search(query, { limit, suggest: true, merge: true })",
  build(passages) {
    const index = new Document<PeerDocument>({
      encoder: GermanPreset,
      document: { id: "id", index: ["text", "sectionTitle"] },
    });
    for (const p of passages) index.add(peerDocument(p));
    return {
      search: (query, limit) =>
        index
          .search(query, { limit, suggest: true, merge: true })
          .slice(0, limit)
          .map((r) => String(r.id)),
    };
  },
};
