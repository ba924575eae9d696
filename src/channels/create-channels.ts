// Which chat channels this deployment runs, built from the configuration: Telegram and Zalo when
// their tokens are set (each with its webhook route in webhook mode), the console chat when
// neither is. Returns the adapters by name and the routes the HTTP server must serve.
import type { Readable, Writable } from "node:stream";
import type { UserFromGetMe } from "grammy/types";
import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import { redactUrl } from "../store/database-url.js";
import type { Leadership } from "../store/leadership.js";
import type { WebhookRoute } from "../server/http-server.js";
import type { ChannelAdapter } from "./channel.js";
import type { ConsoleChannel, ConsoleHooks } from "./console/console-channel.js";
import type { TelegramChannel } from "./telegram/telegram-channel.js";
import type { ZaloChannel } from "./zalo/zalo-channel.js";

export interface ChannelSet {
  channels: Map<string, ChannelAdapter>;
  webhooks: WebhookRoute[];
  telegram?: TelegramChannel;
  zalo?: ZaloChannel;
  console?: ConsoleChannel;
}

export interface ChannelDeps {
  log: Logger;
  now: () => Date;
  /** Zalo fetches photos by URL: true when this server has a public address for them. */
  photosByUrl: boolean;
  /** Told when a channel stops for good (the platform refused the token). */
  onDisabled(channel: string, reason: string): Promise<void>;
  /** Told when a channel works but cannot do everything (a Zalo bot that cannot join groups). */
  onWarning(channel: string, warning: string): Promise<void>;
  /** Elects the one process that polls each token. */
  leadership: Leadership;
  electionRetryMs?: number;
  /** The console chat's own commands (who am I, sample, sweep), built only in console mode. */
  consoleHooks(): ConsoleHooks;
  input?: Readable;
  output?: Writable;
  telegramBotInfo?: UserFromGetMe;
  zaloPollTimeoutSeconds?: number;
}

/** The console chat runs when no platform token is set: the embedded default. */
export function isConsoleMode(config: Config): boolean {
  return !config.TELEGRAM_BOT_TOKEN && !config.ZALO_BOT_TOKEN;
}

/** Each platform's code (grammY, the Zalo client) loads only when its token is set. */
export async function createChannels(config: Config, deps: ChannelDeps): Promise<ChannelSet> {
  const set: ChannelSet = { channels: new Map(), webhooks: [] };
  const webhook = (url: string | undefined, secret: string | undefined) => (url ? { webhook: { url, secret: secret! } } : {});
  // No update is accepted before its channel is up and its handler set: the platform is told to
  // come back later (503), and retries.
  const route = (path: string, header: string, secret: string | undefined, channel: ChannelAdapter, handle: WebhookRoute["handle"]) =>
    set.webhooks.push({
      path,
      header,
      secret: secret!,
      handle: async (req, res) => {
        if (channel.state().status === "up") return handle(req, res);
        res.writeHead(503, { "content-type": "application/json", "retry-after": "5" }).end('{"error":"starting"}');
      },
    });
  const election = { leadership: deps.leadership, ...(deps.electionRetryMs ? { electionRetryMs: deps.electionRetryMs } : {}) };

  const telegramProxy = config.TELEGRAM_PROXY ?? config.HTTPS_PROXY;
  if (config.TELEGRAM_BOT_TOKEN) {
    if (telegramProxy) deps.log.info({ proxy: redactUrl(telegramProxy) }, "telegram through a proxy");
    const { createTelegramChannel } = await import("./telegram/telegram-channel.js");
    const telegram = createTelegramChannel({
      token: config.TELEGRAM_BOT_TOKEN,
      apiRoot: config.TELEGRAM_API_ROOT,
      log: deps.log.child({ channel: "telegram" }),
      now: deps.now,
      onDisabled: (reason) => deps.onDisabled("telegram", reason),
      ...(telegramProxy ? { proxy: telegramProxy } : {}),
      ...election,
      ...webhook(config.TELEGRAM_WEBHOOK_URL, config.TELEGRAM_WEBHOOK_SECRET),
      ...(deps.telegramBotInfo ? { botInfo: deps.telegramBotInfo } : {}),
    });
    set.telegram = telegram;
    set.channels.set("telegram", telegram);
    if (config.TELEGRAM_WEBHOOK_URL)
      route("/webhook/telegram", "X-Telegram-Bot-Api-Secret-Token", config.TELEGRAM_WEBHOOK_SECRET, telegram, telegram.webhookHandler());
  }

  if (config.ZALO_BOT_TOKEN) {
    const { createZaloChannel } = await import("./zalo/zalo-channel.js");
    const zalo = createZaloChannel({
      token: config.ZALO_BOT_TOKEN,
      apiRoot: config.ZALO_API_ROOT,
      log: deps.log.child({ channel: "zalo" }),
      photosByUrl: deps.photosByUrl,
      onDisabled: (reason) => deps.onDisabled("zalo", reason),
      onWarning: (warning) => deps.onWarning("zalo", warning),
      ...election,
      ...(deps.zaloPollTimeoutSeconds ? { pollTimeoutSeconds: deps.zaloPollTimeoutSeconds } : {}),
      ...webhook(config.ZALO_WEBHOOK_URL, config.ZALO_WEBHOOK_SECRET),
    });
    set.zalo = zalo;
    set.channels.set("zalo", zalo);
    if (config.ZALO_WEBHOOK_URL) route("/webhook/zalo", "X-Bot-Api-Secret-Token", config.ZALO_WEBHOOK_SECRET, zalo, zalo.webhookHandler());
  }

  if (isConsoleMode(config)) {
    const { createConsoleChannel } = await import("./console/console-channel.js");
    const consoleChannel = createConsoleChannel(deps.input ?? process.stdin, deps.output ?? process.stdout, deps.consoleHooks());
    set.console = consoleChannel;
    set.channels.set("console", consoleChannel);
  }
  return set;
}
