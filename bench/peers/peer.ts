/**
 * A peer: an off-the-shelf search library configured the way its README suggests for German text,
 * so `npm run bench` can compare our engine's retrieval quality with what a developer would pick instead.
 */
import type { Passage } from "../../src/index/passages.ts";

export interface Peer {
  readonly name: string;
  /** One line: how the library is configured, per its README. */
  readonly config: string;
  build(passages: readonly Passage[]): PeerIndex | Promise<PeerIndex>;
}

export interface PeerIndex {
  /** Passage ids, best first; `query` is the raw user question. */
  search(query: string, limit: number): readonly string[] | Promise<readonly string[]>;
}

/** The fields every peer indexes: the paragraph text and its section heading. */
export interface PeerDocument {
  readonly id: string;
  readonly text: string;
  readonly sectionTitle: string;
  // Index signature so the document also satisfies the libraries' generic document types.
  readonly [field: string]: string;
}

/** A passage reduced to the fields every peer indexes. */
export function peerDocument(passage: Passage): PeerDocument {
  return { id: passage.id, text: passage.text, sectionTitle: passage.sectionTitle };
}
