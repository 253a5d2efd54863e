/** Reusable Slack fakes for tests and benchmarks: request signing, a fake Web API, response_url and Socket Mode. */
export * from "./signing.js";
export * from "./api.js";
export * from "./bot.js";
