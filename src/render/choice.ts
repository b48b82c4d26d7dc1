/** Autocomplete choices and Discord's limits on them, shared by every place that offers suggestions. */

/** One suggestion: what the user sees, and what goes into the option when picked. */
export interface Choice {
  readonly name: string;
  readonly value: string;
}

/** Discord shows at most 25 choices. */
export const MAX_CHOICES = 25;
/** A choice's name and value may each be at most 100 characters. */
export const MAX_CHOICE_LENGTH = 100;
