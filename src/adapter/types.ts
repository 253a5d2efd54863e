import type { Reply } from "../engine/reply.js";
import type { Story } from "../story/schema.js";
import type { Logger } from "../log.js";
import type { BriefingPublisher, SubscriptionCommands } from "../scheduling/types.js";
import type { EphemeralStore, InstallationStore } from "../store/types.js";
import type { Health } from "../health.js";

/** One message from a user on any platform, as the adapter parsed it. */
export interface InboundMessage {
  platform: "shell" | "discord" | "slack";
  text: string;
  user: string;
  /** Follow-ups are remembered per conversation: a channel, a thread, a DM. */
  conversationId: string;
  /** Forces the answer language; otherwise the question's language is used. */
  lang?: "fr" | "en";
}

/** What every adapter is given: one call from a message to a reply. */
export interface MessageHandler {
  handle(message: InboundMessage): Reply;
  /**
   * The same, with the conversation's follow-up memory shared by every process of the bot
   * (present when the store is shared); adapters whose path is already asynchronous use it.
   */
  handleShared?(message: InboundMessage): Promise<Reply>;
}

/** A running platform connection; `npm start` starts one per configured platform. */
export interface Adapter {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Platforms that can post daily briefings expose how (available once started). */
  readonly publisher?: BriefingPublisher;
  /** Connected to its platform now (for GET /healthz); absent: always. */
  readonly connected?: boolean;
}

export interface AdapterDeps {
  handler: MessageHandler;
  story: Story;
  log: Logger;
  /** Present when daily briefings are enabled; adapters expose it as subscribe commands. */
  subscriptions?: SubscriptionCommands;
  /**
   * Called when an adapter finds, after its start, that it cannot run at all (a credential
   * revoked or refused): `npm start` stops with the error's one line. Absent: it is logged.
   */
  fatal?: (error: Error) => void;
  /**
   * Present when the store is shared by several bot processes (Postgres): what must be seen by
   * all of them (Slack events and requests already handled, follow-up memory) goes there.
   */
  shared?: EphemeralStore;
  /** GET /healthz, served by adapters that serve HTTP (Slack). */
  health?: Health;
  /** Where Slack installations (OAuth distribution, many workspaces) are kept: the same database as the rest. */
  installations?: InstallationStore;
}

/** Each adapter folder exports one: it returns null when its credentials are not configured. */
export type AdapterFactory = (env: NodeJS.ProcessEnv, deps: AdapterDeps) => Adapter | null;
