// A missing or malformed setting: each variable named with what it should hold, in the admin's
// language (its own module, so explaining it never loads the schema). Values are never repeated:
// a malformed token is still a secret.
import type { Translate } from "./i18n/i18n.js";

export interface ConfigProblem {
  variable: string;
  /** A message key (locales: config-*). */
  key: string;
  args?: Record<string, string | number>;
}

export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(`Invalid configuration — ${problems.map((p) => p.variable).join(", ")}`);
  }
}

export function describeConfigError(error: ConfigError, tr: Translate): string {
  const each = error.problems.map((p) => `${p.variable}: ${tr(p.key, p.args)}`);
  return `${tr("config-invalid")} ${each.join("; ")}`;
}
