import type { AdapterDeps } from "../../../src/adapter/types.js";
import { loadSlackConfig } from "../../../adapters/slack/config.js";
import { createSlackAdapterFrom, type SlackAdapter, type SlackAdapterOptions } from "../../../adapters/slack/index.js";
import { startFakeSlackApi, type FakeSlackApi } from "./api.js";

export interface SlackBotHarness {
  /** The bot's events URL: http://127.0.0.1:PORT/slack/events. */
  url: string;
  secret: string;
  api: FakeSlackApi;
  adapter: SlackAdapter;
  /** Stops the adapter, and the fake API when the harness started it. */
  stop(): Promise<void>;
}

export interface SlackBotHarnessOptions {
  deps: AdapterDeps;
  /** An existing fake (shared across tests); one is started otherwise. */
  api?: FakeSlackApi;
  secret?: string;
  /** Extra or overriding environment (e.g. SLACK_API_URL pointing at a closed port). */
  env?: Record<string, string>;
  adapter?: SlackAdapterOptions;
}

/** The real Slack adapter on 127.0.0.1 (an ephemeral port) against a fake Web API. */
export async function startSlackBot(opts: SlackBotHarnessOptions): Promise<SlackBotHarness> {
  const api = opts.api ?? (await startFakeSlackApi());
  const secret = opts.secret ?? "test-signing-secret";
  const config = loadSlackConfig({
    SLACK_BOT_TOKEN: "xoxb-test-token",
    SLACK_SIGNING_SECRET: secret,
    SLACK_API_URL: api.url,
    PORT: "0",
    ...opts.env,
  });
  if (!config) throw new Error("harness: no Slack config");
  const adapter = createSlackAdapterFrom(config, opts.deps, { host: "127.0.0.1", ...opts.adapter });
  await adapter.start();
  return {
    url: `http://127.0.0.1:${adapter.port}/slack/events`,
    secret,
    api,
    adapter,
    async stop() {
      await adapter.stop();
      if (!opts.api) await api.close();
    },
  };
}
