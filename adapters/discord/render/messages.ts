import type { Lang } from "../../../src/engine/reply.js";

/** Discord locales are "fr", "en-US", "en-GB", …; anything not French gets English. */
export function langFromLocale(locale: string | null | undefined, fallback: Lang = "en"): Lang {
  if (!locale) return fallback;
  return locale.toLowerCase().startsWith("fr") ? "fr" : "en";
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** What the bot says when it does not answer the question itself: each says what to do next. */
export const MESSAGES = {
  expired: (lang: Lang) =>
    lang === "fr"
      ? "La suite de cette réponse n'est plus disponible (le bot a redémarré ou elle est trop ancienne) : reposez la question."
      : "The rest of that answer is no longer available (the bot restarted, or it is too old): please ask again.",
  rateLimited: (lang: Lang, retryInMs: number) =>
    lang === "fr"
      ? `Doucement 🙂 : vous posez beaucoup de questions d'affilée. Réessayez dans ${seconds(retryInMs)} s.`
      : `Easy there 🙂 — that's a lot of questions in a row. Please try again in ${seconds(retryInMs)} s.`,
  failed: (lang: Lang) =>
    lang === "fr"
      ? "Désolé, je n'ai pas pu répondre. Réessayez dans un instant ou reformulez ; `/help` montre ce que je sais faire."
      : "Sorry, I couldn't answer that. Try again in a moment or rephrase it; `/help` shows what I can do.",
  emptyQuestion: (lang: Lang) =>
    lang === "fr"
      ? "Posez votre question après la mention, par exemple : « combien de soldats ? », ou utilisez `/ask`."
      : "Ask your question after the mention, for example “how many troops?”, or use `/ask`.",
  unknownCommand: (lang: Lang) =>
    lang === "fr"
      ? "Je ne connais pas cette commande. Les commandes ont peut-être changé : relancez `npm run discord:register`, puis `/help`."
      : "I don't know that command. Commands may have changed: run `npm run discord:register` again, then try `/help`.",
  subscriptionsDisabled: (lang: Lang) =>
    lang === "fr"
      ? "Les points quotidiens ne sont pas activés sur ce bot. Demandez à la personne qui l'héberge de les activer."
      : "Daily briefings are not enabled on this bot. Ask whoever runs it to enable them.",
  guildOnly: (lang: Lang) =>
    lang === "fr"
      ? "Les abonnements se font dans un salon de serveur : lancez cette commande dans le salon qui doit recevoir le point quotidien."
      : "Subscriptions are for server channels: run this command in the channel that should receive the daily briefing.",
  needManageChannels: (lang: Lang) =>
    lang === "fr"
      ? "Il faut la permission « Gérer les salons » pour abonner ou désabonner ce salon. Demandez à un modérateur."
      : "You need the Manage Channels permission to subscribe or unsubscribe this channel. Ask a moderator.",
} as const;
