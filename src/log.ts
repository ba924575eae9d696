// Structured logs (pino): a constant message, data in fields. Tokens, secrets, phone numbers and
// message bodies are never logged; the redaction below is the safety net, not the plan.
import pino, { type Logger } from "pino";

export type { Logger };

const REDACT = [
  "token",
  "*.token",
  "secret",
  "*.secret",
  "phone",
  "*.phone",
  "text",
  "*.text",
  "body",
  "*.body",
  "password",
  "*.password",
  "url",
  "*.url",
];

/** Bot API URLs carry the token in their path: /bot<token>/… */
export function redactSecrets(text: string): string {
  return text.replace(/\/bot\d+:[\w-]+/g, "/bot***").replace(/\/\/([^:@/]+):[^@/]*@/g, "//$1:***@");
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACT, censor: "[redacted]" },
      formatters: { level: (label) => ({ level: label }) },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((a) =>
              typeof a === "string" ? redactSecrets(a) : a instanceof Error ? Object.assign(a, { message: redactSecrets(a.message) }) : a,
            ) as Parameters<typeof method>,
          );
        },
      },
    },
    destination ?? pino.destination(2),
  );
}
