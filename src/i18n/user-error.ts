// An error the user caused and can fix: it carries a message key and is shown as one sentence.
import type { Args } from "./i18n.js";

export class UserError extends Error {
  constructor(
    readonly key: string,
    readonly args: Args = {},
  ) {
    super(key);
  }
}
