/** MiniSearch with its defaults: no stemming, no stop words, OR of the query terms, BM25+. */
import MiniSearch from "minisearch";
import { type Peer, type PeerDocument, peerDocument } from "./peer.ts";

export const minisearchPeer: Peer = {
  name: "minisearch",
  config:
    "new MiniSearch({ fields: ['text', 'sectionTitle'] }); search(query) — all options at their defaults",
  build(passages) {
    const index = new MiniSearch<PeerDocument>({ fields: ["text", "sectionTitle"] });
    index.addAll(passages.map(peerDocument));
    return {
      search: (query, limit) =>
        index
          .search(query)
          .slice(0, limit)
          .map((r) => String(r.id)),
    };
  },
};
