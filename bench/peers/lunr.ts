/** lunr with lunr-languages' German trimmer, stop-word filter and Snowball stemmer (`this.use(lunr.de)`). */
import lunr from "lunr";
import de from "lunr-languages/lunr.de";
import stemmerSupport from "lunr-languages/lunr.stemmer.support";
import { type Peer, peerDocument } from "./peer.ts";

stemmerSupport(lunr);
de(lunr);

/** lunr's query syntax (field `:`, fuzz `~`, boost `^`, presence `+`/`-`, wildcard `*`, escape `\`). */
const QUERY_SYNTAX = /[:~^+\-*\\]/g;

export const lunrPeer: Peer = {
  name: "lunr + lunr-languages (de)",
  config:
    "lunr(function () { this.use(lunr.de); this.ref('id'); this.field('text'); this.field('sectionTitle') }); " +
    "idx.search(query with lunr's syntax characters :~^+-*\\ replaced by spaces)",
  build(passages) {
    const index = lunr(function () {
      this.use(lunr.de);
      this.ref("id");
      this.field("text");
      this.field("sectionTitle");
      for (const p of passages) this.add(peerDocument(p));
    });
    return {
      search(query, limit) {
        const text = query.replace(QUERY_SYNTAX, " ").trim();
        if (!text) return [];
        return index
          .search(text)
          .slice(0, limit)
          .map((r) => r.ref);
      },
    };
  },
};
