// Turns what went wrong into one sentence in the admin's language and an exit code. Programmer
// errors are not hidden: their stack goes to stderr only with LOG_LEVEL=debug.
import { ConfigError, describeConfigError } from "../config-error.js";
import type { Translate } from "../i18n/i18n.js";
import { asRefusal } from "../import-export/import-summary.js";
import { UserError } from "../i18n/user-error.js";

export function describeError(error: unknown, tr: Translate): string {
  if (error instanceof UserError) return tr(error.key, error.args);
  if (error instanceof ConfigError) return describeConfigError(error, tr);
  const refusal = asRefusal(error);
  if (refusal) return tr(`import-refused-${refusal.problem}`, { columns: refusal.columns.map((c) => `"${c}"`).join(", ") });
  const code = (error as { code?: string }).code;
  if (code === "ECONNREFUSED" || code === "P1001") return tr("error-db-unreachable");
  return tr("error-unexpected");
}
