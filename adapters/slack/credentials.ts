import { ConfigError } from "../../src/config/errors.js";

/**
 * Slack's answers that mean the credential itself was refused: retrying with the same token
 * cannot succeed (the environment is read once, at start), so the start stops instead.
 */
export const REJECTED_CREDENTIAL = new Set([
  "invalid_auth",
  "not_authed",
  "account_inactive",
  "token_revoked",
  "token_expired",
  "user_removed_from_team",
  "team_disabled",
]);

/** Where each Slack credential comes from, said in every message about it. */
export const WHERE = {
  SLACK_BOT_TOKEN: "api.slack.com/apps → your app → OAuth & Permissions → Bot User OAuth Token (xoxb-…)",
  SLACK_APP_TOKEN: "api.slack.com/apps → your app → Basic Information → App-Level Tokens (xapp-…, scope connections:write)",
  SLACK_SIGNING_SECRET: "api.slack.com/apps → your app → Basic Information → App Credentials → Signing Secret",
  SLACK_CLIENT_ID: "api.slack.com/apps → your app → Basic Information → App Credentials → Client ID",
  SLACK_CLIENT_SECRET: "api.slack.com/apps → your app → Basic Information → App Credentials → Client Secret",
  SLACK_STATE_SECRET: "a random string you make once and give every bot process, e.g. `openssl rand -hex 32`",
} as const;

/** The Slack error code of a Web API failure (`invalid_auth`, …), if it has one. */
export function slackErrorCode(error: unknown): string | undefined {
  const code = (error as { data?: { error?: unknown } } | null)?.data?.error;
  return typeof code === "string" ? code : undefined;
}

/** A credential Slack refused, as the one line the start stops with. */
export class SlackCredentialError extends ConfigError {
  constructor(
    readonly variable: keyof typeof WHERE,
    readonly code: string,
  ) {
    super(`Slack rejected ${variable} (${code}): set a valid one from ${WHERE[variable]}`);
  }
}
