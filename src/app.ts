// The composition root: config → logger → store → core services → channels → outbox sender →
// scheduler → HTTP server. Owns start and shutdown. Tests build it with their own streams,
// clock and Bot API root.
import type { Readable, Writable } from "node:stream";
import type { UserFromGetMe } from "grammy/types";
import type { Config } from "./config.js";
import { type ChannelAdapter } from "./channels/channel.js";
import { type ConsoleChannel, consoleChatId, createConsoleChannel } from "./channels/console/console-channel.js";
import { type TelegramChannel, createTelegramChannel } from "./channels/telegram/telegram-channel.js";
import { localDateOf, parseInstant } from "./core/calendar/zone.js";
import type { ReminderPolicy } from "./core/reminders/policy.js";
import { createDeliverer, type Deliverer } from "./delivery/deliverer.js";
import { translator } from "./i18n/i18n.js";
import { type Logger, createLogger } from "./log.js";
import { createInboundHandler } from "./conversation/inbound.js";
import { createNotices } from "./delivery/notices.js";
import { createRenderer } from "./reminders/render.js";
import { createReportRenderer } from "./monthly-report/render.js";
import { postDueReport } from "./monthly-report/posting.js";
import { catchUpSweep, runSweep, type SweepDeps } from "./reminders/sweep.js";
import { createScheduler } from "./scheduler/scheduler.js";
import { createHttpServer, type WebhookRoute } from "./server/http-server.js";
import { chartLinks } from "./monthly-report/chart-links.js";
import { type ZaloChannel, createZaloChannel } from "./channels/zalo/zalo-channel.js";
import { loadSampleData } from "./import-export/sample-data.js";
import { addAudit } from "./store/audit-repo.js";
import { redactUrl } from "./store/database-url.js";
import { type Store, openStore } from "./store/store.js";

export interface AppOptions {
  /** Console chat streams (default: the terminal). */
  input?: Readable;
  output?: Writable;
  now?: () => Date;
  log?: Logger;
  telegramBotInfo?: UserFromGetMe;
  /** Outbox loop period (tests shorten it). */
  deliveryIntervalMs?: number;
  /** Skip the cron clock (tests drive sweeps themselves). */
  withoutScheduler?: boolean;
  /** Zalo long-poll wait (tests shorten it). */
  zaloPollTimeoutSeconds?: number;
}

export interface App {
  config: Config;
  store: Store;
  log: Logger;
  channels: Map<string, ChannelAdapter>;
  deliverer: Deliverer;
  console?: ConsoleChannel;
  telegram?: TelegramChannel;
  zalo?: ZaloChannel;
  httpPort?: number;
  sweepDeps: SweepDeps;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function reminderPolicy(config: Config): ReminderPolicy {
  return { daysBefore: config.REMINDER_DAYS_BEFORE, escalateAfterWorkingDays: config.ESCALATE_AFTER_WORKING_DAYS };
}

export async function createApp(config: Config, opts: AppOptions = {}): Promise<App> {
  const now = opts.now ?? (() => new Date());
  const consoleMode = !config.TELEGRAM_BOT_TOKEN && !config.ZALO_BOT_TOKEN;
  // In the console the terminal is the chat: only warnings unless asked otherwise.
  const level = consoleMode && !process.env.LOG_LEVEL ? "warn" : config.LOG_LEVEL;
  const log = opts.log ?? createLogger(level);
  const store = await openStore(config.DATABASE_URL);
  log.info({ store: store.kind, url: redactUrl(config.DATABASE_URL), applied: store.migrations.applied.length }, "store ready");
  const { db } = store;
  const zone = config.TIME_ZONE;
  const policy = reminderPolicy(config);
  const channels = new Map<string, ChannelAdapter>();
  const sweepDeps: SweepDeps = { db, zone, policy, log };

  // Hoisted: the notices and the bot wake the sender, which is built just below.
  function poke(): void {
    deliverer.poke();
  }
  const notices = createNotices(db, zone, now, poke);
  const links = config.PUBLIC_BASE_URL
    ? chartLinks(config.PUBLIC_BASE_URL, config.ZALO_BOT_TOKEN ?? config.TELEGRAM_BOT_TOKEN ?? config.DATABASE_URL)
    : undefined;
  const report = createReportRenderer(db, config, channels, now, links);
  const deliverer: Deliverer = createDeliverer({
    db,
    channels,
    log,
    now,
    render: createRenderer({ db, zone, policy, now, report: report.render }),
    ...notices,
  });
  const reportSchedule = { zone, workingDay: config.REPORT_WORKING_DAY, time: config.REPORT_TIME };
  // What queues messages wakes the sender at once, rather than at its next tick.
  const thenPoke =
    <T>(job: (at: Date) => Promise<T>) =>
    async (at: Date): Promise<T> => {
      const result = await job(at);
      poke();
      return result;
    };
  const postReport = thenPoke((at) => postDueReport(db, reportSchedule, at, log));
  const sweepNow = thenPoke((at) => runSweep(sweepDeps, at));
  const handle = createInboundHandler({ db, config, log, now, poke, sweepNow });

  let telegram: TelegramChannel | undefined;
  const webhooks: WebhookRoute[] = [];
  if (config.TELEGRAM_BOT_TOKEN) {
    telegram = createTelegramChannel({
      token: config.TELEGRAM_BOT_TOKEN,
      apiRoot: config.TELEGRAM_API_ROOT,
      log: log.child({ channel: "telegram" }),
      now,
      ...(config.TELEGRAM_WEBHOOK_URL ? { webhook: { url: config.TELEGRAM_WEBHOOK_URL, secret: config.TELEGRAM_WEBHOOK_SECRET! } } : {}),
      ...(opts.telegramBotInfo ? { botInfo: opts.telegramBotInfo } : {}),
    });
    channels.set("telegram", telegram);
    if (config.TELEGRAM_WEBHOOK_URL)
      webhooks.push({
        path: "/webhook/telegram",
        header: "X-Telegram-Bot-Api-Secret-Token",
        secret: config.TELEGRAM_WEBHOOK_SECRET!,
        handle: telegram.webhookHandler(),
      });
  }

  let zalo: ZaloChannel | undefined;
  if (config.ZALO_BOT_TOKEN) {
    zalo = createZaloChannel({
      token: config.ZALO_BOT_TOKEN,
      apiRoot: config.ZALO_API_ROOT,
      log: log.child({ channel: "zalo" }),
      photosByUrl: Boolean(links),
      onDisabled: (reason) => notices.onChannelDisabled("zalo", reason),
      ...(opts.zaloPollTimeoutSeconds ? { pollTimeoutSeconds: opts.zaloPollTimeoutSeconds } : {}),
      ...(config.ZALO_WEBHOOK_URL ? { webhook: { url: config.ZALO_WEBHOOK_URL, secret: config.ZALO_WEBHOOK_SECRET! } } : {}),
    });
    channels.set("zalo", zalo);
    if (config.ZALO_WEBHOOK_URL)
      webhooks.push({
        path: "/webhook/zalo",
        header: "X-Bot-Api-Secret-Token",
        secret: config.ZALO_WEBHOOK_SECRET!,
        handle: zalo.webhookHandler(),
      });
  }

  let consoleChannel: ConsoleChannel | undefined;
  if (consoleMode) {
    const tr = translator(config.DEFAULT_LANGUAGE);
    consoleChannel = createConsoleChannel(opts.input ?? process.stdin, opts.output ?? process.stdout, {
      text: (key, args) => tr(key, args),
      officers: async () =>
        (await db.officer.findMany({ where: { active: true }, include: { agency: true }, orderBy: { code: "asc" } })).map((o) => ({
          code: o.code,
          fullName: o.fullName,
          role: o.role,
          agency: o.agency.code,
        })),
      async link(code) {
        const officer = await db.officer.findUniqueOrThrow({ where: { code } });
        const chatId = consoleChatId(code);
        const existing = await db.chatAccount.findUnique({ where: { channel_chatId: { channel: "console", chatId } } });
        if (existing) return;
        await db.$transaction(async (tx) => {
          const account = await tx.chatAccount.create({
            data: { officerId: officer.id, channel: "console", chatId, userId: chatId, linkedAt: now() },
          });
          await addAudit(tx, {
            at: now(),
            actor: code,
            channel: "console",
            action: "chat_account.linked",
            entity: "chat_account",
            entityId: account.id,
          });
        });
      },
      async loadSample() {
        const summaries = await loadSampleData(db, localDateOf(now(), zone), now(), zone);
        return tr("console-sample-loaded", { tasks: summaries[2]!.created + summaries[2]!.updated + summaries[2]!.unchanged });
      },
      async sweep(at) {
        const instant = at ? parseInstant(at, zone) : now();
        if (!instant) return tr("error-bad-instant", { value: at ?? "" });
        const r = await sweepNow(instant);
        return r.skipped
          ? tr("bot-remind-non-working-day")
          : tr("bot-remind-done", { messages: r.messages, already: r.alreadyQueued, unreachable: r.unreachableOfficerIds.length });
      },
    });
    channels.set("console", consoleChannel);
  }

  const scheduler = opts.withoutScheduler
    ? undefined
    : createScheduler([{ name: "reminders", at: config.REMINDER_TIME, run: sweepNow }], zone, log);
  const httpPort = config.HTTP_PORT ?? (webhooks.length || links ? 8080 : undefined);
  const http =
    httpPort === undefined
      ? undefined
      : createHttpServer({
          host: config.HTTP_HOST,
          port: httpPort,
          log,
          webhooks,
          files: links
            ? [
                {
                  prefix: "/files/chart/",
                  async handle(path, query) {
                    const month = links.verify(path, query, now());
                    if (!month) return undefined;
                    return { contentType: "image/png", body: await report.chartPng(month.year, month.month) };
                  },
                },
              ]
            : [],
          async health() {
            try {
              await db.agency.count();
              return { status: "ok", store: store.kind, channels: [...channels.keys()] };
            } catch {
              return { status: "error", store: store.kind };
            }
          },
        });

  const app: App = {
    config,
    store,
    log,
    channels,
    deliverer,
    ...(consoleChannel ? { console: consoleChannel } : {}),
    ...(telegram ? { telegram } : {}),
    ...(zalo ? { zalo } : {}),
    sweepDeps,
    async start() {
      if (http) app.httpPort = await http.listen();
      for (const channel of channels.values()) await channel.start(handle);
      deliverer.start(opts.deliveryIntervalMs ?? 1000);
      scheduler?.start();
      await catchUpSweep(sweepDeps, now(), config.REMINDER_TIME).then(() => poke());
      await postReport(now());
      log.info({ channels: [...channels.keys()], http: app.httpPort ?? null }, "dondoc started");
    },
    async stop() {
      await scheduler?.stop();
      for (const channel of channels.values()) await channel.stop().catch(() => undefined);
      await deliverer.stop();
      await http?.close();
      await store.close();
      log.info("dondoc stopped");
    },
  };
  return app;
}
