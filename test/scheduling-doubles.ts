import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Briefing } from "../src/briefing/types.js";
import type { Logger } from "../src/log.js";
import type { Clock } from "../src/scheduling/clock.js";
import { ManualClock } from "../src/scheduling/manual-clock.js";
import { createScheduler, type Scheduler } from "../src/scheduling/scheduler.js";
import type { SchedulerConfig } from "../src/scheduling/config.js";
import type { BriefingPublisher, Platform, PublishResult } from "../src/scheduling/types.js";
import type { Story } from "../src/story/schema.js";
import { openSqliteStore } from "../src/store/index.js";
import type { Store, StoredSubscription } from "../src/store/types.js";
import { firstDispatch } from "./briefing-fixtures.js";

/** Test doubles for the scheduler: a scripted publisher, a capturing logger, a temp database. */

export interface Post {
  channelId: string;
  key: string;
  at: string;
  briefing: Briefing;
}

/** What a channel answers to its n-th publish call (1-based); default: posted. */
export type Script = (attempt: number) => PublishResult | Promise<PublishResult>;

export class FakePublisher implements BriefingPublisher {
  readonly posts: Post[] = [];
  readonly calls: { channelId: string; at: string }[] = [];
  readonly checks: string[] = [];
  private readonly scripts = new Map<string, Script>();
  private readonly attempts = new Map<string, number>();
  private seq = 0;
  /** Simulated time each publish call takes, on the manual clock. */
  latencyMs = 0;

  constructor(
    readonly platform: Platform,
    private readonly clock: Clock & Partial<Pick<ManualClock, "setTimeout">>,
  ) {}

  script(channelId: string, s: Script): this {
    this.scripts.set(channelId, s);
    return this;
  }

  async publish(channelId: string, briefing: Briefing, key: string): Promise<PublishResult> {
    const n = (this.attempts.get(channelId) ?? 0) + 1;
    this.attempts.set(channelId, n);
    this.calls.push({ channelId, at: this.clock.now().toISOString() });
    if (this.latencyMs > 0 && this.clock.setTimeout) {
      const timer = this.clock.setTimeout.bind(this.clock);
      await new Promise<void>((r) => timer(r, this.latencyMs));
    }
    const scripted = this.scripts.get(channelId);
    const r = scripted ? await scripted(n) : { ok: true as const, messageId: "" };
    if (r.ok) {
      this.posts.push({ channelId, key, at: this.clock.now().toISOString(), briefing });
      return { ok: true, messageId: `m${++this.seq}` };
    }
    return r;
  }

  async alreadyPosted(channelId: string, key: string): Promise<boolean> {
    this.checks.push(channelId);
    return this.posts.some((p) => p.channelId === channelId && p.key === key);
  }

  postsTo(channelId: string): Post[] {
    return this.posts.filter((p) => p.channelId === channelId);
  }
}

export function captureLog(): Logger & { lines: { level: string; msg: string; fields?: Record<string, unknown> }[] } {
  const lines: { level: string; msg: string; fields?: Record<string, unknown> }[] = [];
  const at = (level: string) => (msg: string, fields?: Record<string, unknown>) => void lines.push({ level, msg, ...(fields ? { fields } : {}) });
  return { lines, debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

export const tempDbFile = () => join(mkdtempSync(join(tmpdir(), "briefbot-sched-")), "briefbot.sqlite");

export function subscription(channelId: string, over: Partial<StoredSubscription> = {}): StoredSubscription {
  return {
    platform: "discord",
    channelId,
    time: "08:00",
    timezone: "Europe/Paris",
    lang: "fr",
    createdBy: "tester",
    enabled: true,
    createdAt: "2020-01-01T00:00:00.000Z",
    lastDispatch: null,
    disabledReason: null,
    ...over,
  };
}

export interface Harness {
  store: Store;
  clock: ManualClock;
  publisher: FakePublisher;
  log: ReturnType<typeof captureLog>;
  scheduler: Scheduler;
  /** Another scheduler (another "process") on the same database file, own clock and publisher view. */
  spawn(opts?: { clock?: ManualClock; id?: string }): { store: Store; scheduler: Scheduler; clock: ManualClock };
}

export async function harness(opts: {
  start: string;
  subs?: StoredSubscription[];
  file?: string;
  config?: Partial<SchedulerConfig>;
  story?: Story | (() => Story);
}): Promise<Harness> {
  const file = opts.file ?? ":memory:";
  const store = openSqliteStore({ file });
  for (const s of opts.subs ?? []) (await store.subscriptions.upsert(s));
  const clock = new ManualClock(opts.start);
  const publisher = new FakePublisher("discord", clock);
  const log = captureLog();
  const story = opts.story ?? firstDispatch();
  const config = { tickMs: 60_000, ...opts.config };
  const scheduler = createScheduler({ store, publishers: [publisher], story, log, clock, timer: clock, config, instanceId: "A" });
  return {
    store,
    clock,
    publisher,
    log,
    scheduler,
    spawn({ clock: c, id } = {}) {
      if (file === ":memory:") throw new Error("spawn needs a database file");
      const s2 = openSqliteStore({ file });
      const clk = c ?? clock;
      const sch = createScheduler({ store: s2, publishers: [publisher], story, log, clock: clk, timer: clk, config, instanceId: id ?? "B" });
      return { store: s2, scheduler: sch, clock: clk };
    },
  };
}
