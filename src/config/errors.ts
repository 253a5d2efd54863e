import { UserError } from "../errors.js";

/**
 * A setting the operator must fix before the bot can run: a malformed variable, a credential
 * the platform rejected. The start stops with one line naming the variable and where to get it
 * (exit 78, EX_CONFIG), rather than retrying what will not fix itself.
 */
export class ConfigError extends UserError {
  constructor(message: string) {
    super(message, 78);
  }
}
