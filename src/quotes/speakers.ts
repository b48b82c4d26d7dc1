/**
 * The registry of an article's speakers: the people it names (with every role noun the text ties to
 * them), the institutions that speak, and spokespersons standing for an organisation. Built from the
 * text alone: a role apposition (`Kremlchef Wladimir Putin`), a party or age in brackets
 * (`Sabine Müller (parteilos)`), a name next to a reporting verb (`sagte Hans Meier`), a comma
 * apposition (`Die Bürgermeisterin …, Sabine Müller,`).
 */
import { foldWord } from "../analysis/normalize.ts";
import { type Phrase, type ScanContext, scanPhrases } from "./phrases.ts";
import type { Gender, SpeakerKind } from "./quote.ts";
import { genderOfInstitution, type RoleInfo, type RoleTable } from "./roles.ts";
import { type ParagraphModel, type Tok, tokensOf, verbForms } from "./tokens.ts";

export interface Entity {
  readonly id: number;
  readonly kind: SpeakerKind;
  gender?: Gender;
  /** Full names as written ("Donald Trump"); empty for institutions and unnamed roles. */
  readonly names: string[];
  surname?: string;
  /** Role keys the text ties to the entity: folded adjectives + lemma ("ukrainisch prasident"). */
  readonly roleKeys: Set<string>;
  readonly roleLemmas: Set<string>;
  /** Role nouns as written, without inflection ("US-Präsident"). */
  readonly roleNames: Set<string>;
  /** Adjectives the text puts before a role of the entity, folded ("ukrainisch"), for English forms. */
  readonly roleAdjectives: Set<string>;
  readonly concepts: Set<number>;
  /** The name of an institution, spokesperson or unnamed role, as written in its fullest form. */
  label?: string;
  /** Surface forms in the text, for display and query matching. */
  readonly forms: Set<string>;
  /** The country an institution governs (US for "US-Regierung"). */
  country?: string;
  /** For an institution: its folded lemma; for a spokesperson: what it speaks for. */
  key?: string;
}

/** The result of resolving a phrase: an entity, nobody we can name (null), or not a speaker at all. */
export type Resolution = Entity | null | undefined;

/** The entities of one article, with the lookups attribution needs. */
export class Registry {
  readonly entities: Entity[] = [];

  constructor(readonly roles: RoleTable) {}

  /** The entity's canonical name: the fullest name the article gives. */
  nameOf(e: Entity): string {
    const longest = [...e.names].sort((a, b) => b.length - a.length)[0];
    return longest ?? e.label ?? e.surname ?? "?";
  }

  private create(kind: SpeakerKind, init: Partial<Entity> = {}): Entity {
    const e: Entity = {
      id: this.entities.length,
      kind,
      names: [],
      roleKeys: new Set(),
      roleLemmas: new Set(),
      roleNames: new Set(),
      roleAdjectives: new Set(),
      concepts: new Set(),
      forms: new Set(),
      ...init,
    };
    this.entities.push(e);
    return e;
  }

  /** Adds (or finds) the person with these name tokens; people are told apart by surname and first name. */
  addPerson(tokens: readonly string[], gender?: Gender): Entity | undefined {
    const surname = tokens.at(-1) ?? "";
    const full = tokens.join(" ");
    const same = this.entities.filter((e) => e.kind === "person" && e.surname === surname);
    // A bare surname shared by two people names neither.
    if (tokens.length === 1 && same.length > 1) return undefined;
    const match =
      same.find((e) => e.names.includes(full)) ??
      same.find((e) => tokens.length === 1 || e.names.every((n) => !n.includes(" ")));
    const person = match ?? this.create("person", { surname });
    if (!person.names.includes(full)) person.names.push(full);
    person.forms.add(full);
    person.forms.add(surname);
    if (gender) this.setGender(person, gender);
    return person;
  }

  private setGender(e: Entity, gender: Gender): void {
    if (e.gender === undefined) e.gender = gender;
    else if (e.gender !== gender) e.gender = undefined;
  }

  /** Ties a role phrase to a person (`US-Präsident Donald Trump`). */
  bindRole(person: Entity, phrase: Phrase): void {
    const role = phrase.role;
    if (!role) return;
    person.roleKeys.add(roleKey(phrase));
    person.roleLemmas.add(role.folded);
    // "der ukrainische Präsident" is not just any "Präsident": a bare role name only without adjectives.
    if (phrase.adjs.length === 0) person.roleNames.add(role.lemma);
    for (const a of phrase.adjs) person.roleAdjectives.add(a);
    person.concepts.add(role.concept);
    if (role.gender) this.setGender(person, role.gender);
  }

  /** People whose name the tokens are: a full name, a surname, or a surname in the genitive. */
  personsNamed(tokens: readonly string[]): { persons: Entity[]; genitive: boolean } {
    const full = tokens.join(" ");
    const people = this.entities.filter((e) => e.kind === "person");
    const byFull = people.filter((e) => e.names.includes(full));
    if (byFull.length > 0 || tokens.length > 1) return { persons: byFull, genitive: false };
    const word = tokens[0] ?? "";
    const bySurname = people.filter((e) => e.surname === word);
    if (bySurname.length > 0) return { persons: bySurname, genitive: false };
    const stem = word.replace(/s$/, "");
    const genitive = stem !== word ? people.filter((e) => e.surname === stem) : [];
    return { persons: genitive, genitive: genitive.length > 0 };
  }

  /**
   * The entity a role phrase without a name stands for: the person tied to the same role (or a
   * synonym: Rathauschefin = Bürgermeisterin), or to a role it is the head of (Präsident → US-Präsident);
   * null when two people fit.
   */
  resolveRole(phrase: Phrase): Resolution {
    const role = phrase.role;
    if (!role || phrase.negative) return undefined;
    const people = this.entities.filter((e) => e.roleKeys.size > 0);
    const pick = (found: Entity[]): Resolution =>
      found.length === 1 ? found[0] : found.length > 1 ? null : undefined;
    const key = roleKey(phrase);
    const exact = people.filter((e) => e.roleKeys.has(key));
    // "des Unternehmens" names whom a spokesperson speaks for: only a person tied to this very role fits.
    if (phrase.complement && this.roles.isSpokesperson(role.concept)) {
      return exact.length === 1 ? exact[0] : this.spokesperson(phrase);
    }
    // A bare "der Präsident" fits the US-Präsident and the russische Präsident alike: two people, null.
    const headed = people.filter((e) => [...e.roleLemmas].some((l) => l.endsWith(role.folded)));
    const steps = [
      exact,
      phrase.adjs.length > 0 ? headed.filter((e) => e.roleKeys.has(key)) : headed,
      phrase.adjs.length > 0 ? [] : people.filter((e) => e.concepts.has(role.concept)),
    ];
    for (const found of steps) {
      if (found.length === 0) continue;
      // "die Rathauschefin" beside a mayor and a Bürgermeisterin is the woman; none of the gender: nobody.
      return pick(found.filter((e) => genderFits(e, role.gender))) ?? null;
    }
    if (this.roles.isSpokesperson(role.concept)) return this.spokesperson(phrase);
    if (phrase.indefinite) return null;
    // A definite role nobody is named for ("sagte der Bürgermeister") is a speaker of its own.
    if (!phrase.det || phrase.adjs.length > 0) return undefined;
    return this.unnamedRole(role);
  }

  private unnamedRole(role: RoleInfo): Entity {
    const known = this.entities.find((e) => e.kind === "person" && e.label === role.lemma);
    if (known) return known;
    const e = this.create("person", { label: role.lemma });
    e.roleKeys.add(role.folded);
    e.roleLemmas.add(role.folded);
    e.roleNames.add(role.lemma);
    e.concepts.add(role.concept);
    if (role.gender) e.gender = role.gender;
    return e;
  }

  /**
   * The spokesperson a phrase names (`Ein Sprecher des Unternehmens`, `Der Sprecher der Firma`);
   * one per organisation, so synonyms (Firma = Unternehmen) meet. null without an organisation.
   */
  spokesperson(phrase: Phrase): Resolution {
    const role = phrase.role;
    if (!role) return undefined;
    const roles = this.roles;
    let key: string | undefined;
    let label: string | undefined;
    const c = phrase.complement;
    if (c) {
      // Synonyms of an organisation meet (Firma = Unternehmen); two ministries stay apart.
      key = c.org ? `c${c.org.concept}` : foldWord(c.inst?.lemma ?? c.head.text);
      label = `${headLemma(phrase)} ${c.det ?? ""} ${c.head.text}`.replace(/\s+/g, " ");
    } else if (role.folded !== foldWord(role.head)) {
      // A compound (Polizeisprecher, Kremlsprecher) names its organisation in the first part.
      const prefix = role.folded.slice(0, role.folded.length - foldWord(role.head).length);
      const org = roles.organisation(capitalise(prefix)) ?? roles.institution(capitalise(prefix));
      key = org ? `c${org.concept}` : prefix;
      label = role.lemma;
    }
    const all = this.entities.filter((x) => x.kind === "spokesperson");
    // "der Sprecher" alone is the article's one spokesperson, if it has exactly one.
    if (!key || !label) return all.length === 1 && !phrase.indefinite ? all[0] : null;
    let e = this.entities.find((x) => x.kind === "spokesperson" && x.key === key);
    e ??= this.create("spokesperson", { key, label });
    e.forms.add(label);
    if (label.length > (e.label ?? "").length) e.label = label;
    if (role.gender) this.setGender(e, role.gender);
    return e;
  }

  /** The institution an institution phrase names; a bare head (Ministerium) means the one compound of its kind. */
  resolveInstitution(phrase: Phrase): Resolution {
    const inst = phrase.inst;
    if (!inst || phrase.negative) return undefined;
    const institutions = this.entities.filter((e) => e.kind === "institution");
    if (inst.folded === foldWord(inst.head)) {
      // "das Ministerium" after "das Energieministerium des Landes": the one compound of its kind.
      const compounds = institutions.filter((e) => e.concepts.has(inst.concept) && e.key !== inst.folded);
      if (compounds.length === 1) return compounds[0];
      if (compounds.length > 1) return null;
    }
    return this.addInstitution(inst, phrase.adjs);
  }

  /** Adds an institution found in the text, keyed by its lemma. */
  addInstitution(inst: RoleInfo, adjs: readonly string[] = []): Entity {
    const known = this.entities.find((e) => e.kind === "institution" && e.key === inst.folded);
    if (known) return known;
    const roles = this.roles;
    const prefix = inst.lemma.includes("-") ? inst.lemma.split("-")[0] : undefined;
    const country =
      (prefix ? roles.country(prefix) : undefined) ??
      adjs.map((a) => roles.country(a)).find(Boolean) ??
      roles.country(inst.lemma);
    const e = this.create("institution", {
      key: inst.folded,
      label: inst.lemma,
      gender: genderOfInstitution(inst),
    });
    if (country) e.country = country.key;
    e.concepts.add(inst.concept);
    return e;
  }

  /** The government of a country, if the article names one (US-Regierung for Washington, Kreml for Moskau). */
  governmentOf(country: string): Entity | undefined {
    const roles = this.roles;
    const govs = this.entities.filter(
      (e) =>
        e.kind === "institution" &&
        e.country === country &&
        [...e.concepts].some((c) => roles.isGovernment(c)),
    );
    return govs.length === 1 ? govs[0] : undefined;
  }

  /**
   * The speaker behind a place or side in an attribution (`aus Washington`, `der US-Seite`):
   * the government of that country if the article names it, else an institution of that name.
   */
  resolvePlace(word: string, adjs: readonly string[] = []): Resolution {
    const roles = this.roles;
    const prefix = word.includes("-") ? word.split("-")[0] : undefined;
    const isSide = /(^|-)Seite[n]?$/.test(word);
    const country =
      (isSide
        ? prefix
          ? roles.country(prefix)
          : adjs.map((a) => roles.country(a)).find(Boolean)
        : undefined) ?? (!isSide ? roles.country(word) : undefined);
    if (!country) return undefined;
    const gov = this.governmentOf(country.key);
    if (gov) {
      gov.forms.add(word);
      return gov;
    }
    const lemma = word.replace(/n$/, "");
    const known = this.entities.find((e) => e.kind === "institution" && e.key === foldWord(lemma));
    if (known) return known;
    const e = this.create("institution", { key: foldWord(lemma), label: lemma, gender: isSide ? "f" : "n" });
    e.country = country.key;
    return e;
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function genderFits(e: Entity | null, gender: Gender | undefined): boolean {
  return !e || !gender || !e.gender || e.gender === gender;
}

/** The role noun of a phrase without its inflection ending. */
export function headLemma(phrase: Phrase): string {
  return phrase.role?.lemma ?? phrase.inst?.lemma ?? phrase.head?.text ?? "";
}

/** Folded adjectives + role lemma: "der ukrainische Präsident" → "ukrainisch prasident". */
export function roleKey(phrase: Phrase): string {
  return [...phrase.adjs, phrase.role?.folded ?? ""].join(" ");
}

/** The paragraph text a phrase covers, as written. */
export function phraseText(text: string, toks: readonly Tok[], phrase: Phrase): string {
  const first = toks[phrase.from];
  const last = toks[phrase.to - 1];
  return first && last ? text.slice(first.start, last.end) : "";
}

/**
 * Whether a name phrase has evidence of being a person: a party or age in brackets after it, a
 * reporting verb right before it (`sagte Weber`, `so Weber`) or right after it at a clause start
 * (`Weber sagte`), a full name opening a clause with a reporting verb (`Olaf Scholz hatte … kritisiert`),
 * or a full name in apposition to the role that opens the sentence (`Der Sprecher …, Klaus Roth,`).
 */
function personEvidence(toks: readonly Tok[], p: Phrase, first: Phrase | undefined): boolean {
  const finite = (i: number) => verbForms(toks, i).some((f) => !f.participle);
  if (toks[p.to]?.text === "(") {
    const close = toks.findIndex((t, k) => k > p.to && t.text === ")");
    if (close > p.to && close - p.to <= 4) return true;
  }
  const before = toks[p.from - 1];
  if (before && (finite(p.from - 1) || (before.text === "so" && toks[p.from - 2]?.text === ","))) return true;
  const clauseStart = p.from === 0 || /^[,;:(\u2013\u2014-]$/.test(before?.text ?? "");
  if (clauseStart && finite(p.to)) return true;
  if (p.names.length < 2) return false;
  if (before?.text === "," && first?.kind === "role" && first.names.length === 0 && first !== p) return true;
  if (!clauseStart) return false;
  for (let k = p.to; k < toks.length && !/^[,;:.!?]$/.test(toks[k]?.text ?? ""); k++) {
    if (verbForms(toks, k).length > 0) return true;
  }
  return false;
}

/** Builds the registry of an article from its paragraph models. Never throws. */
export function buildRegistry(models: readonly ParagraphModel[], ctx: ScanContext): Registry {
  const registry = new Registry(ctx.tables.roles);
  const roles = ctx.tables.roles;
  const units = models.flatMap((m) =>
    m.units.map((u) => ({ toks: u.toks, phrases: scanPhrases(u.toks, ctx) })),
  );
  for (const { toks, phrases } of units) {
    for (const p of phrases) {
      if (p.kind === "role" && p.names.length > 0 && !p.negative) {
        const person = registry.addPerson(p.names.map((t) => t.text));
        if (person) registry.bindRole(person, p);
      } else if (p.kind === "name" && personEvidence(toks, p, phrases[0])) {
        const word = p.names[0]?.text ?? "";
        if (p.names.length === 2 || !(roles.country(word) || /s$/.test(word)))
          registry.addPerson(p.names.map((t) => t.text));
      } else if (p.kind === "role" && p.complement && p.role && roles.isSpokesperson(p.role.concept)) {
        registry.spokesperson(p);
      } else if (p.kind === "institution" && p.inst && !p.negative) {
        // "das Energieministerium des Landes": the genitive may name whose institution it is.
        const of = p.complement ? [p.complement.head.text] : [];
        registry.addInstitution(p.inst, [...p.adjs, ...of]);
      }
    }
  }
  for (const { toks, phrases } of units) bindAppositions(registry, toks, phrases);
  // Spokespersons may first appear inside someone's quote ("Der Sprecher der Firma hat uns …").
  for (const m of models) {
    m.spans.forEach((span, i) => {
      if (!m.speech[i]) return;
      for (const p of scanPhrases(tokensOf(m.text, span.start, span.end, ctx.tables.lexicon), ctx)) {
        if (p.kind === "role" && p.complement && p.role && roles.isSpokesperson(p.role.concept))
          registry.spokesperson(p);
      }
    });
  }
  return registry;
}

/** `Die Bürgermeisterin …, Sabine Müller (parteilos),` and `Sabine Müller, die Bürgermeisterin,`. */
function bindAppositions(registry: Registry, toks: readonly Tok[], phrases: readonly Phrase[]): void {
  phrases.forEach((p, k) => {
    if (p.kind !== "name" && !(p.kind === "role" && p.names.length > 0)) return;
    const { persons } = registry.personsNamed(p.names.map((t) => t.text));
    const person = persons.length === 1 ? persons[0] : undefined;
    if (!person) return;
    const first = phrases[0];
    const commaBefore = toks[p.from - 1]?.text === ",";
    if (
      commaBefore &&
      first &&
      first !== p &&
      first.kind === "role" &&
      first.names.length === 0 &&
      first.det
    ) {
      const between = toks.slice(first.to, p.from - 1);
      if (!between.some((t) => t.text === "," || t.quote >= 0)) registry.bindRole(person, first);
    }
    const next = phrases[k + 1];
    if (
      toks[p.to]?.text === "," &&
      next?.kind === "role" &&
      next.from === p.to + 1 &&
      next.names.length === 0
    ) {
      const end = toks[next.to]?.text;
      if (end === "," || end === "." || end === undefined) registry.bindRole(person, next);
    }
  });
}
