import type { ContinuationStore } from "../../src/adapter/continuations.js";
import type { MessageHandler } from "../../src/adapter/types.js";
import type { Lang } from "../../src/engine/reply.js";
import type { Logger } from "../../src/log.js";
import type { SubscriptionCommands } from "../../src/scheduling/types.js";
import type { Story } from "../../src/story/schema.js";
import type { BotIdentity } from "./identity.js";
import type { SlackMessage } from "./render/limits.js";

/** What the listeners share: the answer path and the adapter's settings, all passed in. */
export interface SlackContext {
  handler: MessageHandler;
  story: Story;
  log: Logger;
  subscriptions: SubscriptionCommands | undefined;
  /** User ids allowed to (un)subscribe a channel; empty: anyone. */
  subscribeUsers: ReadonlySet<string>;
  identity: BotIdentity;
  /** The briefing on the story now, rendered. */
  briefing(lang: Lang): SlackMessage[];
  /** The rest of long answers, until "More" is clicked (in the shared database when there is one). */
  continuations: ContinuationStore<SlackPart>;
  /** True while warm.ts runs its made-up requests: they stay in this process (no shared-store writes). */
  warming?: boolean;
  /** A /brief that waited this long before its listener ran acks first and answers through response_url (default 1 s). */
  ackFirstAfterMs?: number;
  /**
   * Present when the bot serves several workspaces (OAuth distribution): every key that is per
   * workspace (subscriptions, follow-up conversations) then carries the team id, and an
   * uninstall forgets the workspace.
   */
  workspaces?: WorkspaceDirectory;
}

export interface WorkspaceDirectory {
  /** Removes the workspace's installation and stops its daily briefings; says how many were stopped. */
  forget(teamId: string, enterpriseId: string | undefined, reason: string): Promise<{ subscriptionsDisabled: number }>;
}

/** One message of a long answer, with the language its "More" button speaks. */
export interface SlackPart {
  message: SlackMessage;
  lang: Lang;
}
