import type { IncomingMessage, ServerResponse } from "node:http";
import { InstallProvider, type CodedError, type Installation, type InstallationQuery, type InstallationStore as SlackInstallationStore, type Logger as OAuthLogger } from "@slack/oauth";
import { z } from "zod";
import type { Logger } from "../../src/log.js";
import { splitChannelId, type InstallationKey, type InstallationStore } from "../../src/store/types.js";
import type { webApi } from "@slack/bolt";
import type { ChannelRoute } from "./publisher.js";
import type { SlackOAuthConfig } from "./config.js";

/** Where the browser starts an install, and where Slack sends it back (the manifest's redirect URL). */
export const INSTALL_PATH = "/slack/install";
export const REDIRECT_PATH = "/slack/oauth_redirect";

/** The bot scopes an install asks for: the same as adapters/slack/manifest.yml (a test compares them). */
export const BOT_SCOPES = ["commands", "app_mentions:read", "chat:write", "im:history", "channels:history", "groups:history"] as const;

/**
 * What is read back from the database, checked: the bot token and ids authorize hands to Bolt.
 * The rest of what Slack returned is kept as it came.
 */
const StoredInstallation = z.looseObject({
  team: z.looseObject({ id: z.string().min(1), name: z.string().optional() }).optional(),
  enterprise: z.looseObject({ id: z.string().min(1), name: z.string().optional() }).optional(),
  bot: z.looseObject({ token: z.string().min(1), id: z.string(), userId: z.string().min(1), scopes: z.array(z.string()) }),
  user: z.looseObject({ id: z.string() }),
  isEnterpriseInstall: z.boolean().optional(),
});

/** The row an installation or a query goes to: an org-wide install by its enterprise, a workspace by its team. */
function keyOf(q: { isEnterpriseInstall?: boolean | undefined; enterpriseId?: string | undefined; teamId?: string | undefined }): InstallationKey {
  return q.isEnterpriseInstall ? { enterpriseId: q.enterpriseId ?? null, teamId: null } : { enterpriseId: q.enterpriseId ?? null, teamId: q.teamId ?? null };
}

const HTML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** A workspace's name is the installer's to choose: shown as text, never as markup. */
const safeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);

/** A workspace that has not installed the app (or has uninstalled it). */
export class NotInstalledError extends Error {}

/**
 * @slack/oauth's InstallationStore on the bot's own database: one row per workspace, shared by
 * every process. The installer's user token is not kept: the bot never acts as a user.
 */
export function sqlInstallationStore(rows: InstallationStore, now: () => Date = () => new Date()): Required<SlackInstallationStore> {
  return {
    async storeInstallation(installation) {
      const key = keyOf({ isEnterpriseInstall: installation.isEnterpriseInstall, enterpriseId: installation.enterprise?.id, teamId: installation.team?.id });
      const kept = { ...installation, user: { id: installation.user.id, token: undefined, scopes: undefined } };
      await rows.save(key, JSON.stringify(kept), now());
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const raw = await rows.find(keyOf(query));
      if (raw === null) throw new NotInstalledError(`the app is not installed in workspace ${query.teamId ?? query.enterpriseId ?? "(none)"}`);
      const parsed = StoredInstallation.safeParse(JSON.parse(raw));
      if (!parsed.success) throw new Error(`the stored installation of ${query.teamId ?? query.enterpriseId} is unreadable: ${parsed.error.issues[0]?.message}`);
      // Checked above for what the bot reads; the rest is what Slack returned, stored as it came.
      return parsed.data as unknown as Installation<"v1" | "v2", boolean>;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await rows.remove(keyOf(query));
    },
  };
}

export interface SlackInstaller {
  provider: InstallProvider;
  /** GET routes served next to /slack/events; unsigned by nature (a browser follows them). */
  routes: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>>;
  /** The bot token and ids for a workspace; NotInstalledError when it has no installation. */
  botFor(teamId: string, enterpriseId?: string): Promise<{ botToken: string; botId: string | undefined; botUserId: string | undefined }>;
  /** Forgets a workspace's installation (uninstalled, token revoked). */
  forget(teamId: string, enterpriseId?: string): Promise<void>;
}

/**
 * Bolt's InstallProvider on the store: `/slack/install` redirects the browser to Slack's
 * authorize page with a signed state (also set as a cookie in that browser); `/slack/oauth_redirect`
 * checks the state against the secret and the cookie, exchanges the code (`oauth.v2.access`) and
 * stores the installation. Any process can verify a state another issued: it is signed with
 * SLACK_STATE_SECRET, which they all share.
 */
export function createInstaller(config: SlackOAuthConfig, opts: { store: InstallationStore; log: Logger; logger: OAuthLogger; apiUrl: string | undefined }): SlackInstaller {
  const installationStore = sqlInstallationStore(opts.store);
  const provider = new InstallProvider({
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    stateSecret: config.stateSecret,
    installationStore,
    // The install link goes straight to Slack's authorize page, no landing page of our own.
    directInstall: true,
    installUrlOptions: { scopes: [...BOT_SCOPES] },
    logger: opts.logger,
    clientOptions: { ...(opts.apiUrl ? { slackApiUrl: opts.apiUrl } : {}), retryConfig: { retries: 2 }, timeout: 10_000 },
  });

  const page = (res: ServerResponse, status: number, title: string, text: string) => {
    res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    res.end(`<!doctype html><html><head><meta charset="utf-8"><title>${safeHtml(title)}</title></head><body><h1>${safeHtml(title)}</h1><p>${safeHtml(text)}</p></body></html>`);
  };

  return {
    provider,
    routes: {
      [INSTALL_PATH]: (req, res) => provider.handleInstallPath(req, res, {}),
      [REDIRECT_PATH]: (req, res) =>
        provider.handleCallback(req, res, {
          success: (installation, _options, _req, response) => {
            const team = installation.team?.name ?? installation.team?.id ?? installation.enterprise?.id ?? "";
            opts.log.info("slack: installed in a workspace", { team: installation.team?.id, enterprise: installation.enterprise?.id });
            page(response, 200, "briefbot is installed", `briefbot is now in ${team}. Type /brief in any channel, or invite it with /invite @briefbot for daily briefings.`);
          },
          failure: (error: CodedError, _options, _req, response) => {
            // A forged, expired or foreign state, a missing code, or Slack refusing the code.
            const refused = error.code === "slack_oauth_invalid_state" || error.code === "slack_oauth_missing_state" || error.code === "slack_oauth_missing_code";
            opts.log.warn("slack: an install was refused", { code: error.code, why: error.message });
            page(response, refused ? 400 : 500, "briefbot was not installed", refused ? "This install link is not valid here (expired, or opened in another browser). Start again from the install page." : "Slack did not complete the install. Please try again.");
          },
        }),
    },
    async botFor(teamId, enterpriseId) {
      const auth = await provider.authorize({ teamId, enterpriseId, isEnterpriseInstall: false }).catch((error: unknown) => {
        const original = (error as { original?: unknown }).original;
        throw original instanceof NotInstalledError ? original : error;
      });
      if (!auth.botToken) throw new NotInstalledError(`the installation in workspace ${teamId} has no bot token`);
      return { botToken: auth.botToken, botId: auth.botId, botUserId: auth.botUserId };
    },
    forget: (teamId, enterpriseId) => installationStore.deleteInstallation({ teamId, enterpriseId, isEnterpriseInstall: false }),
  };
}

/** What the start-up check of the client credentials found. */
export type ClientCheck = { kind: "accepted" } | { kind: "rejected"; variable: "SLACK_CLIENT_ID" | "SLACK_CLIENT_SECRET"; code: string } | { kind: "unreachable"; why: string };

/**
 * Checks SLACK_CLIENT_ID and SLACK_CLIENT_SECRET at start, as auth.test checks a bot token: an
 * exchange of a code that cannot exist. Slack answers `invalid_code` to the right credentials and
 * `invalid_client_id` / `bad_client_secret` to wrong ones, which would otherwise only show at the
 * first install, in a stranger's browser.
 */
export async function checkClientCredentials(config: SlackOAuthConfig, client: Pick<webApi.WebClient, "oauth">): Promise<ClientCheck> {
  try {
    await client.oauth.v2.access({ client_id: config.clientId, client_secret: config.clientSecret, code: "briefbot-start-check" });
    return { kind: "accepted" };
  } catch (error) {
    const code = (error as { data?: { error?: unknown } }).data?.error;
    if (code === "invalid_client_id") return { kind: "rejected", variable: "SLACK_CLIENT_ID", code };
    if (code === "bad_client_secret") return { kind: "rejected", variable: "SLACK_CLIENT_SECRET", code };
    if (typeof code === "string") return { kind: "accepted" };
    return { kind: "unreachable", why: (error as Error).message };
  }
}

/** Clients kept for posting, one per workspace token; the least recently made is dropped past this. */
const MAX_CLIENTS = 1000;

/**
 * The daily briefings' route with several workspaces: a subscription's channel is `T…/C…`, and
 * its workspace's installation gives the token that posts there. A workspace without one (the app
 * was uninstalled) refuses, and the scheduler disables the subscription once.
 */
export function workspaceRoute(installer: Pick<SlackInstaller, "botFor">, makeClient: (token: string) => webApi.WebClient): (channelId: string) => Promise<ChannelRoute> {
  const clients = new Map<string, webApi.WebClient>();
  return async (key) => {
    const { workspaceId, channelId } = splitChannelId(key);
    if (workspaceId === null) return { refused: "subscribed before the bot served several workspaces: run /brief subscribe in the channel again" };
    let token: string;
    try {
      token = (await installer.botFor(workspaceId)).botToken;
    } catch (error) {
      if (error instanceof NotInstalledError) return { refused: `the app is not installed in workspace ${workspaceId}` };
      throw error;
    }
    let client = clients.get(token);
    if (!client) {
      if (clients.size >= MAX_CLIENTS) clients.delete(clients.keys().next().value ?? "");
      client = makeClient(token);
      clients.set(token, client);
    }
    return { client, channel: channelId };
  };
}
