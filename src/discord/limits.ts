/** Discord's hard limits, named (https://discord.com/developers/docs/resources/message). */
export const MAX_MESSAGE_CONTENT = 2_000;
export const MAX_EMBED_TITLE = 256;
export const MAX_EMBED_DESCRIPTION = 4_096;
export const MAX_EMBED_FOOTER = 2_048;
export const MAX_FIELD_NAME = 256;
export const MAX_FIELD_VALUE = 1_024;
/** Command and option descriptions. */
export const MAX_COMMAND_DESCRIPTION = 100;
/** Discord shows at most 25 autocomplete choices. */
export const MAX_CHOICES = 25;
/** An autocomplete choice's name and value may each be at most 100 characters. */
export const MAX_CHOICE_LENGTH = 100;
export const MAX_EMBED_AUTHOR = 256;
/** Fields per embed. */
export const MAX_EMBED_FIELDS = 25;
/** All titles, descriptions, field names and values, footers and author names of one message together. */
export const MAX_EMBEDS_TOTAL = 6_000;
/** Embeds per message. */
export const MAX_EMBEDS = 10;
/** Action rows per message, and buttons per row. */
export const MAX_ACTION_ROWS = 5;
export const MAX_ROW_BUTTONS = 5;
export const MAX_BUTTON_LABEL = 80;
export const MAX_CUSTOM_ID = 100;
