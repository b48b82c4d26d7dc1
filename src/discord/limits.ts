/** Discord's hard limits, named (https://discord.com/developers/docs/resources/message). */
export const MAX_EMBED_TITLE = 256;
export const MAX_EMBED_DESCRIPTION = 4_096;
export const MAX_EMBED_FOOTER = 2_048;
export const MAX_FIELD_VALUE = 1_024;
