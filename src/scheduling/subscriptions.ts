import type { Lang } from "../engine/reply.js";
import type { SubscriptionStore } from "../store/types.js";
import type { Clock } from "./clock.js";
import { systemClock } from "./clock.js";
import { nextRun } from "./runs.js";
import type { Platform, SubscribeRequest, SubscribeResult, Subscription, SubscriptionCommands } from "./types.js";
import { checkLang, checkTime, checkZone } from "./validate.js";

export interface SubscriptionCommandsDeps {
  store: SubscriptionStore;
  clock?: Clock;
}

/** What the adapters' /subscribe, /unsubscribe and /subscriptions call. */
export function createSubscriptionCommands(deps: SubscriptionCommandsDeps): SubscriptionCommands {
  const clock = deps.clock ?? systemClock;
  return {
    async subscribe(req: SubscribeRequest): Promise<SubscribeResult> {
      const lang = checkLang(req.lang);
      // Errors about time and zone are written in the language asked for, French when unclear.
      const errLang: Lang = lang.ok ? lang.value : "fr";
      const time = checkTime(req.time, errLang);
      if (!time.ok) return time;
      const zone = checkZone(req.timezone, errLang);
      if (!zone.ok) return zone;
      if (!lang.ok) return lang;
      if (!req.channelId) return { ok: false, error: "Missing channel id." };

      const now = clock.now();
      const previous = await deps.store.get(req.platform, req.channelId);
      const subscription: Subscription = {
        platform: req.platform,
        channelId: req.channelId,
        time: time.value,
        timezone: zone.value,
        lang: lang.value,
        createdBy: req.user,
        enabled: true,
        disabledReason: null,
      };
      await deps.store.upsert({
        ...subscription,
        createdAt: now.toISOString(),
        // Re-subscribing keeps what the channel has already read: the next briefing leads with news.
        lastDispatch: previous?.lastDispatch ?? null,
        disabledReason: null,
      });
      return { ok: true, subscription, nextRun: nextRun(subscription, now) };
    },
    disableWorkspace(platform: Platform, workspaceId: string, reason: string): Promise<number> {
      return deps.store.disableWorkspace(platform, workspaceId, reason);
    },
    unsubscribe(platform: Platform, channelId: string): Promise<boolean> {
      return deps.store.remove(platform, channelId);
    },
    async list(platform: Platform, channelId?: string): Promise<Subscription[]> {
      const rows = await deps.store.list({ platform, ...(channelId ? { channelId } : {}) });
      return rows.map((s) => ({
        platform: s.platform,
        channelId: s.channelId,
        time: s.time,
        timezone: s.timezone,
        lang: s.lang,
        createdBy: s.createdBy,
        enabled: s.enabled,
        disabledReason: s.disabledReason,
      }));
    },
  };
}
