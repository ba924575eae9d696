// `npm start`: the bot process. With no token it is the console chat on the embedded SQLite store.
import { ConfigError, loadConfig } from "./config.js";
import { describeConfigError } from "./config-error.js";
import { translator } from "./i18n/i18n.js";
import { createApp } from "./app.js";
import { loadEnvFile } from "./env-file.js";

loadEnvFile();

let config;
try {
  config = loadConfig();
} catch (error) {
  // The configuration did not parse, so its language is read here: Vietnamese unless it says en.
  const lang = process.env.DEFAULT_LANGUAGE === "en" ? "en" : "vi";
  process.stderr.write(`${error instanceof ConfigError ? describeConfigError(error, translator(lang)) : String(error)}\n`);
  process.exit(1);
}

const app = await createApp(config);
let stopping = false;
async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  await app.stop().catch((error: unknown) => app.log.error({ err: error }, "shutdown failed"));
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
await app.start();
if (app.console) {
  await app.console.closed;
  // Let the last answers leave before the terminal closes.
  await app.deliverer.deliverDue();
  await shutdown(0);
}
