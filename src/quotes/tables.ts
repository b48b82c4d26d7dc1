/** The quote layer's tables (roles, reporting-verb lexicon), read from ./data at the edge and passed in. */
import type { StopWords } from "../analysis/stopwords.ts";
import { readSections } from "./data.ts";
import { type Lexicon, parseLexicon } from "./lexicon.ts";
import { parseRoleTable, type RoleTable } from "./roles.ts";

export interface QuoteTables {
  readonly roles: RoleTable;
  readonly lexicon: Lexicon;
}

/** What quote extraction reads: the quote tables and the analysis's stop words. */
export interface ExtractionTables extends QuoteTables {
  readonly stopWords: StopWords;
}

/** Reads and parses the bundled role table and lexicon (I/O). */
export function loadQuoteTables(): QuoteTables {
  return {
    roles: parseRoleTable(readSections("roles.txt")),
    lexicon: parseLexicon(readSections("lexicon.txt")),
  };
}
