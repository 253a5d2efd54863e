/** Discord's hard limits (https://discord.com/developers/docs/resources/message#create-message). */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFields: 25,
  embedFooter: 2048,
  embedTotal: 6000,
  /** Message nonce: an integer or a string of at most 25 characters. */
  nonce: 25,
  autocompleteChoices: 25,
  autocompleteChoiceName: 100,
} as const;

/** Every message, reply and interaction response carries this: nothing the bot sends can ping. */
export const NO_PINGS = { parse: [] as never[] };
