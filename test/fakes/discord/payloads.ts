import type { CommandOption, FakeUser, JsonObject, StoredMessage } from "./types.js";

/** Builders for the gateway payloads discord.js needs (fields it reads or throws without). */

export function messagePayload(m: StoredMessage, mentions: FakeUser[], extra: JsonObject = {}): JsonObject {
  return {
    id: m.id,
    channel_id: m.channel_id,
    // discord.js 14.28 needs channel_type to build a DM channel it has not cached (Discord sends it).
    channel_type: m.guild_id ? 0 : 1,
    ...(m.guild_id ? { guild_id: m.guild_id } : {}),
    author: m.author,
    content: m.content,
    timestamp: m.timestamp,
    edited_timestamp: null,
    tts: false,
    mention_everyone: /@(everyone|here)/.test(m.content),
    mentions,
    mention_roles: [],
    attachments: [],
    embeds: m.embeds,
    pinned: false,
    type: 0,
    flags: 0,
    components: [],
    ...extra,
  };
}

/** A message as the REST API returns it: Discord echoes `nonce` only in the create response. */
export function restMessage(m: StoredMessage, withNonce: boolean): JsonObject {
  return {
    id: m.id,
    channel_id: m.channel_id,
    ...(m.guild_id ? { guild_id: m.guild_id } : {}),
    author: m.author,
    content: m.content,
    timestamp: m.timestamp,
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: m.embeds,
    pinned: false,
    type: m.message_reference ? 19 : 0,
    flags: m.flags,
    components: [],
    ...(m.message_reference ? { message_reference: m.message_reference } : {}),
    ...(withNonce && m.nonce !== undefined ? { nonce: m.nonce } : {}),
  };
}

export interface InteractionInit {
  id: string;
  token: string;
  applicationId: string;
  /** 2 application command, 3 message component (a button click), 4 autocomplete. */
  type: 2 | 3 | 4;
  /** Type 3: the clicked button's custom_id and the message it is under (as the gateway sends it). */
  customId?: string;
  message?: JsonObject;
  name: string;
  commandId: string;
  options: CommandOption[];
  user: FakeUser;
  channelId: string;
  /** Absent for a DM. */
  guildId?: string;
  /** Member permission bits as a decimal string (guild only). */
  permissions: string;
  locale: string;
}

export function interactionPayload(i: InteractionInit): JsonObject {
  const inGuild = i.guildId !== undefined;
  return {
    id: i.id,
    application_id: i.applicationId,
    type: i.type,
    token: i.token,
    version: 1,
    locale: i.locale,
    ...(inGuild ? { guild_locale: "en-US", guild_id: i.guildId } : {}),
    channel_id: i.channelId,
    channel: { id: i.channelId, type: inGuild ? 0 : 1 },
    app_permissions: "2248473465835073",
    entitlements: [],
    authorizing_integration_owners: inGuild ? { "0": i.guildId } : { "1": i.user.id },
    context: inGuild ? 0 : 1,
    data: i.type === 3 ? { custom_id: i.customId ?? "", component_type: 2 } : { id: i.commandId, name: i.name, type: 1, options: i.options },
    ...(i.type === 3 && i.message ? { message: i.message } : {}),
    ...(inGuild
      ? {
          member: {
            user: i.user,
            roles: [],
            permissions: i.permissions,
            joined_at: new Date(0).toISOString(),
            deaf: false,
            mute: false,
            flags: 0,
          },
        }
      : { user: i.user }),
  };
}
