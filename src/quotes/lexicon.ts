/**
 * The closed word lists speech detection needs: reporting verbs with all their finite forms,
 * subjunctive forms, nouns that introduce a quoted name, attribution nouns, and German function words.
 */
import { foldWord } from "../analysis/normalize.ts";

/** A surface form of a reporting verb. */
export interface VerbForm {
  readonly lemma: string;
  /** A separable particle that must follow later in the clause (`teilte … mit`). */
  readonly particle?: string;
  /** A participle needs an auxiliary and is not the clause's finite verb. */
  readonly participle: boolean;
}

export interface Lexicon {
  /** Reporting verb forms, keyed by the lower-case word (`gibt` is a form of two verbs). */
  readonly verbs: ReadonlyMap<string, readonly VerbForm[]>;
  /** Konjunktiv I forms: reported speech. */
  readonly subjunctive1: ReadonlySet<string>;
  /** Konjunktiv II forms unlike the past indicative: reported speech only after reported speech. */
  readonly subjunctive2: ReadonlySet<string>;
  /** Folded nouns before which a quoted span is a name (Initiative, Verein). */
  readonly titleNouns: readonly string[];
  /** Folded attribution nouns (Angaben, Worten, Forderungen). */
  readonly sourceNouns: ReadonlySet<string>;
}

const INSEPARABLE = /^(be|emp|ent|er|ge|miss|ver|zer|hinter|über|unter|wider)/;

/** The finite forms and the participle of a weak verb (`sagen` → sagt, sagte, sagten, gesagt). */
export function weakForms(infinitive: string): { finite: string[]; participle: string } {
  const stem = infinitive.endsWith("en") ? infinitive.slice(0, -2) : infinitive.slice(0, -1);
  // "antworten" → "antwortet", "rechnen" → "rechnet": a stem ending in t/d or a consonant + m/n
  // takes a linking e (not after l, r or a lengthening h: "warnt", "mahnt").
  const e = /([td]|chn|[^aeiouäöülrh][mn])$/.test(stem) ? "e" : "";
  const ge = INSEPARABLE.test(infinitive) || infinitive.endsWith("ieren") ? "" : "ge";
  return {
    finite: [`${stem}${e}t`, `${stem}${e}te`, `${stem}${e}ten`, infinitive],
    participle: `${ge}${stem}${e}t`,
  };
}

/** Parses the `[reporting]` lines into a form table. */
export function parseVerbs(lines: readonly string[]): Map<string, VerbForm[]> {
  const forms = new Map<string, VerbForm[]>();
  const add = (word: string, form: VerbForm) => forms.set(word, [...(forms.get(word) ?? []), form]);
  for (const line of lines) {
    const [head = "", strong] = line.split(":").map((s) => s.trim());
    const [particle, infinitive = ""] = head.includes("|") ? head.split("|") : [undefined, head];
    const lemma = (particle ?? "") + infinitive;
    let finite: string[];
    let participle: string;
    if (strong) {
      const parts = strong.split(/\s+/);
      participle = parts.pop() ?? "";
      finite = [...parts, infinitive];
    } else ({ finite, participle } = weakForms(infinitive));
    for (const f of finite) {
      add(f, particle ? { lemma, particle, participle: false } : { lemma, participle: false });
      // Verb-final clauses join particle and verb: "…, dass er einräumte".
      if (particle) add(particle + f, { lemma, participle: false });
    }
    add((particle ?? "") + participle, { lemma, participle: true });
  }
  return forms;
}

/** The lexicon of data/lexicon.txt's `[section]` lists. */
export function parseLexicon(
  sections: ReadonlyMap<string, readonly { line: number; text: string }[]>,
): Lexicon {
  const list = (name: string) => (sections.get(name) ?? []).flatMap((l) => l.text.split(/\s+/));
  return {
    verbs: parseVerbs((sections.get("reporting") ?? []).map((l) => l.text)),
    subjunctive1: new Set(list("subjunctive-1")),
    subjunctive2: new Set(list("subjunctive-2")),
    titleNouns: list("title-nouns").map(foldWord),
    sourceNouns: new Set(list("source-nouns").map(foldWord)),
  };
}

/** Definite and indefinite articles. */
export const DETERMINERS = new Set("der die das dem den des ein eine einem einen einer eines".split(" "));
/** Determiners that mark a noun phrase as not the subject (dative, accusative, genitive). */
export const OBLIQUE_DETERMINERS = new Set("dem den des einem einen eines einer".split(" "));
/** Articles that name nobody in particular: "kein US-Präsident", "jeder Sprecher". */
export const NEGATIVE_DETERMINERS = new Set(
  "kein keine keinem keinen keiner keines jeder jede jedem jeden jedes".split(" "),
);
/** Prepositions: a noun phrase after one is never the subject. */
export const PREPOSITIONS = new Set(
  (
    "mit von vom über für gegen zu zum zur bei beim nach aus an am auf vor zwischen unter neben " +
    "hinter durch ohne um seit bis trotz wegen während gegenüber außer samt gemäß in im ins ab " +
    "innerhalb außerhalb statt anstelle seitens dank"
  ).split(" "),
);
/** Conjunctions that open a subordinate clause. */
export const SUBORDINATORS = new Set(
  "dass ob weil wenn als obwohl damit während bevor nachdem sobald falls sodass da wie".split(" "),
);
/** Words that open a relative clause after a comma. */
export const RELATIVE_PRONOUNS = new Set(
  "der die das dem den deren dessen denen welche welcher welches wo".split(" "),
);
/** Capitalised words that never start a name. */
export const NOT_NAMES = new Set(
  (
    "Der Die Das Dem Den Des Ein Eine Einem Einen Einer Eines Er Sie Es Wir Ihr Ich Man Und Oder Aber " +
    "Doch Denn Auch Noch Nur Zudem Zuvor Zuletzt Dazu Damit Dabei Doch So Wie Was Wer Wo Wann Warum Ob " +
    "Im In Am An Auf Aus Bei Mit Nach Von Vor Zu Zum Zur Für Über Unter Seit Laut Nach Dies Diese " +
    "Dieser Dieses Jetzt Heute Gestern Morgen Montag Dienstag Mittwoch Donnerstag Freitag Samstag " +
    "Sonntag Januar Februar März April Mai Juni Juli August September Oktober November Dezember Herr Frau"
  ).split(" "),
);
