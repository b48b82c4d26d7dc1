/**
 * Where the bot can be installed and used, and the links that install it: to a server (the bot
 * joins, with the permissions it answers with) or to a user's account (its commands follow the
 * user into DMs and servers that have not added it).
 */
import {
  ApplicationIntegrationType,
  InteractionContextType,
  OAuth2Scopes,
  PermissionFlagsBits,
} from "discord.js";

/** Every command's installs and contexts: guild and user install; servers, the bot's DM, and private channels. */
export const EVERYWHERE = {
  integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
  contexts: [
    InteractionContextType.Guild,
    InteractionContextType.BotDM,
    InteractionContextType.PrivateChannel,
  ],
};

/**
 * What the bot needs in a server: read and answer in channels and threads, embeds for answers,
 * the history a reply refers to, and ⏳ reactions for mentions beyond the rate limit.
 */
export const INVITE_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.AddReactions;

/** INVITE_PERMISSIONS as Discord's settings name them, for operators' messages. */
export const INVITE_PERMISSION_NAMES =
  "View Channels, Send Messages, Send Messages in Threads, Embed Links, Read Message History and Add Reactions";

const AUTHORIZE = "https://discord.com/oauth2/authorize";

/** The two install links of an application: to a server, and to a user's account. */
export function installLinks(applicationId: string): { readonly guild: string; readonly user: string } {
  const id = encodeURIComponent(applicationId);
  const scopes = [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join("%20");
  return {
    guild: `${AUTHORIZE}?client_id=${id}&scope=${scopes}&permissions=${INVITE_PERMISSIONS}&integration_type=${ApplicationIntegrationType.GuildInstall}`,
    user: `${AUTHORIZE}?client_id=${id}&scope=${OAuth2Scopes.ApplicationsCommands}&integration_type=${ApplicationIntegrationType.UserInstall}`,
  };
}
