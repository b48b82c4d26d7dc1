/**
 * Resolves the noun phrases of each unit, in reading order, to the registry's entities: names and
 * roles directly, pronouns and anaphors (`die 67-Jährige`) to the most recently mentioned person of
 * the same gender. When two candidates fit equally, the answer is null (nobody), never a guess.
 */
import { type Phrase, type ScanContext, scanPhrases } from "./phrases.ts";
import type { Gender } from "./quote.ts";
import type { Entity, Registry, Resolution } from "./speakers.ts";
import type { Tok } from "./tokens.ts";

export interface Mention extends Phrase {
  /** An entity, null for somebody we cannot name (jemand, two candidates), undefined for no one (a thing). */
  readonly entity: Resolution;
}

interface Remembered {
  readonly entity: Entity;
  readonly oblique: boolean;
}

// How many earlier units a pronoun may reach back (inside its section).
const LOOKBACK = 6;

/** Resolves mentions unit by unit, remembering earlier units of the section for pronouns. */
export class MentionResolver {
  private history: Remembered[][] = [];
  private section = -1;

  private readonly ctx: ScanContext;

  constructor(
    private readonly registry: Registry,
    ctx: ScanContext,
  ) {
    this.ctx = { ...ctx, knows: (name) => registry.personsNamed(name.split(" ")).persons.length > 0 };
  }

  /** The unit's phrases, each with its entity; the unit is then remembered for later pronouns. */
  resolveUnit(toks: readonly Tok[], sectionIndex: number): Mention[] {
    if (sectionIndex !== this.section) {
      this.history = [];
      this.section = sectionIndex;
    }
    const current: Remembered[] = [];
    const mentions: Mention[] = [];
    for (const scanned of scanPhrases(toks, this.ctx)) {
      // A name in the genitive ("Putins Angriffskrieg") is never the subject.
      const genitive =
        scanned.kind === "name" && this.registry.personsNamed(scanned.names.map((t) => t.text)).genitive;
      const phrase = genitive ? { ...scanned, oblique: true } : scanned;
      const entity = this.resolve(phrase, current);
      mentions.push({ ...phrase, entity });
      if (entity) current.push({ entity, oblique: phrase.oblique });
    }
    this.history.push(current);
    if (this.history.length > LOOKBACK) this.history.shift();
    return mentions;
  }

  private resolve(phrase: Phrase, current: readonly Remembered[]): Resolution {
    const r = this.registry;
    switch (phrase.kind) {
      case "name": {
        const { persons } = r.personsNamed(phrase.names.map((t) => t.text));
        return persons.length === 1 ? persons[0] : persons.length > 1 ? null : undefined;
      }
      case "role": {
        if (phrase.names.length === 0) return r.resolveRole(phrase);
        const { persons } = r.personsNamed(phrase.names.map((t) => t.text));
        return persons.length === 1 ? persons[0] : persons.length > 1 ? null : undefined;
      }
      case "institution":
        return r.resolveInstitution(phrase);
      case "pronoun":
        return this.antecedent(phrase.gender, current, false);
      case "anaphor":
        return this.antecedent(phrase.gender, current, true);
      case "indefinite":
      case "impersonal":
        return null;
      default:
        return undefined;
    }
  }

  /**
   * The entity a pronoun stands for: in the nearest unit (this one first) that mentions anyone of
   * its gender, the one such entity; or the one such entity that can be a subject; else null.
   */
  private antecedent(
    gender: Gender | undefined,
    current: readonly Remembered[],
    personsOnly: boolean,
  ): Resolution {
    const fits = (m: Remembered) =>
      (!personsOnly || m.entity.kind !== "institution") &&
      (!gender || !m.entity.gender || m.entity.gender === gender);
    for (const unit of [current, ...[...this.history].reverse()]) {
      const candidates = unit.filter(fits);
      if (candidates.length === 0) continue;
      const all = new Set(candidates.map((m) => m.entity));
      if (all.size === 1) return [...all][0];
      const subjects = new Set(candidates.filter((m) => !m.oblique).map((m) => m.entity));
      return subjects.size === 1 ? [...subjects][0] : null;
    }
    return null;
  }
}
