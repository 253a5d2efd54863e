import type { SubscribeRequest, SubscribeResult, Subscription, SubscriptionCommands } from "../../../src/scheduling/types.js";

/** An in-memory SubscriptionCommands for adapter tests, validating like the real service is specified to. */
export function memorySubscriptions(now: () => Date = () => new Date()): SubscriptionCommands & { requests: SubscribeRequest[]; items: Subscription[] } {
  const items: Subscription[] = [];
  const requests: SubscribeRequest[] = [];
  return {
    items,
    requests,
    async subscribe(req): Promise<SubscribeResult> {
      requests.push(req);
      if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(req.time)) return { ok: false, error: `"${req.time}" is not a time: use HH:MM, e.g. 08:00` };
      if (!Intl.supportedValuesOf("timeZone").includes(req.timezone) && req.timezone !== "UTC") {
        return { ok: false, error: `"${req.timezone}" is not a time zone: use an IANA name, e.g. Europe/Paris` };
      }
      if (req.lang !== "fr" && req.lang !== "en") return { ok: false, error: "language must be fr or en" };
      const subscription: Subscription = { platform: req.platform, channelId: req.channelId, time: req.time, timezone: req.timezone, lang: req.lang, createdBy: req.user, enabled: true };
      const i = items.findIndex((s) => s.platform === req.platform && s.channelId === req.channelId);
      if (i >= 0) items[i] = subscription;
      else items.push(subscription);
      return { ok: true, subscription, nextRun: new Date(now().getTime() + 3_600_000) };
    },
    async unsubscribe(platform, channelId) {
      const i = items.findIndex((s) => s.platform === platform && s.channelId === channelId);
      if (i < 0) return false;
      items.splice(i, 1);
      return true;
    },
    async list(platform, channelId) {
      return items.filter((s) => s.platform === platform && (!channelId || s.channelId === channelId));
    },
  };
}
