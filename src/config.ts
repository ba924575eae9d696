// The one place that reads the environment. Parsed once at start; a missing or malformed
// variable stops the process with a sentence that names it.
import { z } from "zod";
import type { ReminderPolicy } from "./core/reminders/policy.js";
import { ConfigError, type ConfigProblem } from "./config-error.js";

const bool = z.enum(["true", "false", "1", "0", "yes", "no"]).transform((v) => v === "true" || v === "1" || v === "yes");

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "config-time-of-day");

const schema = z.object({
  DATABASE_URL: z
    .string()
    .refine((v) => v.startsWith("file:") || /^postgres(ql)?:\/\//.test(v), "config-database-url")
    .default("file:./data/dondoc.db"),
  TIME_ZONE: z
    .string()
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, "config-time-zone")
    .default("Asia/Ho_Chi_Minh"),
  DEFAULT_LANGUAGE: z.enum(["vi", "en"]).default("vi"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  LINK_CODE_TTL_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  REMINDER_TIME: timeOfDay.default("08:00"),
  REMINDER_DAYS_BEFORE: z
    .string()
    .regex(/^\d+(,\d+)*$/, "config-days-before")
    .transform((v) => [...new Set(v.split(",").map(Number))].sort((a, b) => b - a))
    .default([3, 1, 0]),
  ESCALATE_AFTER_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(3),
  REQUIRE_CONFIRMATION: bool.default(true),
  TELEGRAM_BOT_TOKEN: z
    .string()
    .regex(/^\d+:[\w-]+$/, "config-telegram-token")
    .optional(),
  TELEGRAM_BOT_USERNAME: z
    .string()
    .regex(/^\w{3,}$/, "config-bot-username")
    .optional(),
  TELEGRAM_API_ROOT: z.url().default("https://api.telegram.org"),
  TELEGRAM_WEBHOOK_URL: z.url().optional(),
  TELEGRAM_WEBHOOK_SECRET: z
    .string()
    .regex(/^[\w-]{8,256}$/, "config-webhook-secret")
    .optional(),
  /** Monthly report: posted on the Nth working day of each month at REPORT_TIME. */
  REPORT_WORKING_DAY: z.coerce.number().int().min(1).max(10).default(1),
  REPORT_TIME: timeOfDay.default("08:30"),
  /** The document's header, signature and recipients (Decree 30/2020/NĐ-CP layout). */
  REPORT_ISSUER_PARENT: z.string().default("UBND TỈNH"),
  REPORT_ISSUER: z.string().default("VĂN PHÒNG"),
  REPORT_NUMBER: z.string().default("      /BC-VP"),
  REPORT_PLACE: z.string().default("……"),
  REPORT_SIGNER_TITLE: z.string().default("CHÁNH VĂN PHÒNG"),
  REPORT_SIGNER_NAME: z.string().default(""),
  REPORT_INTRO: z.string().default("Văn phòng UBND tỉnh báo cáo kết quả rà soát nhiệm vụ giao trên hệ thống quản lý nhiệm vụ như sau:"),
  /** Recipients, separated by semicolons. */
  REPORT_RECIPIENTS: z
    .string()
    .default("Chủ tịch, các Phó Chủ tịch UBND tỉnh (b/c);Các sở, ban, ngành;UBND các huyện, thành phố;Lưu: VT")
    .transform((v) =>
      v
        .split(";")
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ZALO_BOT_TOKEN: z
    .string()
    .regex(/^[\w-]+:[\w-]+$/, "config-zalo-token")
    .optional(),
  ZALO_API_ROOT: z.url().default("https://bot-api.zaloplatforms.com"),
  ZALO_WEBHOOK_URL: z.url().optional(),
  ZALO_WEBHOOK_SECRET: z
    .string()
    .regex(/^[\w-]{8,256}$/, "config-webhook-secret")
    .optional(),
  /** Sending limits, shared by every process: the bot overall, each private chat, each group. */
  TELEGRAM_MAX_PER_SECOND: z.coerce.number().min(0.1).max(1000).default(30),
  TELEGRAM_CHAT_PER_SECOND: z.coerce.number().min(0.01).max(100).default(1),
  TELEGRAM_GROUP_PER_MINUTE: z.coerce.number().min(1).max(1000).default(20),
  ZALO_MAX_PER_SECOND: z.coerce.number().min(0.1).max(1000).default(10),
  ZALO_CHAT_PER_SECOND: z.coerce.number().min(0.01).max(100).default(1),
  ZALO_GROUP_PER_MINUTE: z.coerce.number().min(1).max(1000).default(20),
  /** The longest wait between two tries of a message that could not be sent. */
  DELIVERY_MAX_BACKOFF_SECONDS: z.coerce.number().min(1).max(3600).default(300),
  /** An outgoing proxy for the Telegram API, for networks that block Telegram (TELEGRAM_PROXY wins over HTTPS_PROXY). */
  TELEGRAM_PROXY: z.url().optional(),
  HTTPS_PROXY: z.url().optional(),
  /** The public HTTPS address of this server: Zalo fetches the report chart from it. */
  PUBLIC_BASE_URL: z.url().optional(),
  HTTP_HOST: z.string().default("0.0.0.0"),
  /** The Office's web console at /console on the HTTP port (8080 unless HTTP_PORT says otherwise). */
  WEB_ENABLED: bool.default(false),
  /** The HTTP server (health, webhooks) runs when this is set, or when a webhook is configured (then 8080 by default). */
  HTTP_PORT: z.coerce.number().int().min(0).max(65535).optional(),
});

export type Config = z.infer<typeof schema>;

export { ConfigError } from "./config-error.js";

/** Parses the environment; throws ConfigError naming every bad variable. Empty strings count as unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ""));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map(problemOf));
  const config = parsed.data;
  const missing: ConfigProblem[] = [];
  for (const channel of ["TELEGRAM", "ZALO"] as const)
    if (config[`${channel}_WEBHOOK_URL`] && !config[`${channel}_WEBHOOK_SECRET`])
      missing.push({ variable: `${channel}_WEBHOOK_SECRET`, key: "config-required-with", args: { other: `${channel}_WEBHOOK_URL` } });
  if (missing.length > 0) throw new ConfigError(missing);
  return config;
}

/** What a schema issue means for the admin: our own hints by key, zod's checks by their kind. */
function problemOf(issue: z.core.$ZodIssue): ConfigProblem {
  const variable = issue.path.join(".");
  if (issue.message.startsWith("config-")) return { variable, key: issue.message };
  switch (issue.code) {
    case "invalid_value":
      return { variable, key: "config-one-of", args: { values: issue.values.map(String).join(", ") } };
    case "too_small":
      return { variable, key: "config-at-least", args: { value: Number(issue.minimum) } };
    case "too_big":
      return { variable, key: "config-at-most", args: { value: Number(issue.maximum) } };
    case "invalid_type":
      return { variable, key: issue.expected === "int" ? "config-integer" : "config-number" };
    case "invalid_format":
      return { variable, key: issue.format === "url" ? "config-url" : "config-invalid-value" };
    default:
      return { variable, key: "config-invalid-value" };
  }
}

export function reminderPolicy(config: Config): ReminderPolicy {
  return { daysBefore: config.REMINDER_DAYS_BEFORE, escalateAfterWorkingDays: config.ESCALATE_AFTER_WORKING_DAYS };
}
