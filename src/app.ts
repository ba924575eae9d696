// The composition root: config → logger → store → channels → outbox sender → scheduler → HTTP
// server. It only wires; what each part does lives in its own folder. Owns start and shutdown.
// Tests build it with their own streams, clock and Bot API root.
import type { Readable, Writable } from "node:stream";
import type { UserFromGetMe } from "grammy/types";
import { type Config, reminderPolicy } from "./config.js";
import type { ChannelAdapter } from "./channels/channel.js";
import type { ConsoleChannel } from "./channels/console/console-channel.js";
import { createConsoleHooks } from "./channels/console/console-hooks.js";
import { createChannels, isConsoleMode } from "./channels/create-channels.js";
import type { TelegramChannel } from "./channels/telegram/telegram-channel.js";
import type { ZaloChannel } from "./channels/zalo/zalo-channel.js";
import { createInboundHandler } from "./conversation/inbound.js";
import { createDeliverer, type Deliverer } from "./delivery/deliverer.js";
import { createNotices } from "./delivery/notices.js";
import { createRenderer } from "./delivery/render.js";
import { type Logger, createLogger } from "./log.js";
import { chartLinks } from "./monthly-report/chart-links.js";
import { postDueReport } from "./monthly-report/posting.js";
import { createReportRenderer } from "./monthly-report/render.js";
import { createReminderRenderer } from "./reminders/render.js";
import { type SweepResult, catchUpSweep, runSweep } from "./reminders/sweep.js";
import { createScheduler } from "./scheduler/scheduler.js";
import { createHttpServer } from "./server/http-server.js";
import { pruneProcessedUpdates } from "./store/chat-repo.js";
import { createLeadership } from "./store/leadership.js";
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
  /** How often a process that does not poll asks to (tests shorten it). */
  electionRetryMs?: number;
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
  /** Resolves once every channel reached its platform (or stopped for good). */
  connected(): Promise<void>;
  /** Runs the reminder sweep as of `at` (what the scheduler does each working day). */
  sweep(at: Date): Promise<SweepResult>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export async function createApp(config: Config, opts: AppOptions = {}): Promise<App> {
  const now = opts.now ?? (() => new Date());
  // In the console the terminal is the chat: only warnings unless asked otherwise.
  const level = isConsoleMode(config) && !process.env.LOG_LEVEL ? "warn" : config.LOG_LEVEL;
  const log = opts.log ?? createLogger(level);
  const store = await openStore(config.DATABASE_URL);
  log.info(
    { store: store.kind, location: store.location, created: store.created, applied: store.migrations.applied.length },
    "store ready",
  );
  const { db } = store;
  const zone = config.TIME_ZONE;
  const policy = reminderPolicy(config);
  const sweepDeps = { db, zone, policy, log };
  const sweep = (at: Date) => runSweep(sweepDeps, at);

  const notices = createNotices(db, zone, now);
  const leadership = createLeadership(config.DATABASE_URL, log);
  const links = config.PUBLIC_BASE_URL
    ? chartLinks(config.PUBLIC_BASE_URL, config.ZALO_BOT_TOKEN ?? config.TELEGRAM_BOT_TOKEN ?? config.DATABASE_URL)
    : undefined;
  const { channels, webhooks, ...named } = await createChannels(config, {
    log,
    now,
    photosByUrl: Boolean(links),
    onDisabled: notices.onChannelDisabled,
    onWarning: notices.onChannelWarning,
    leadership,
    ...(opts.electionRetryMs ? { electionRetryMs: opts.electionRetryMs } : {}),
    consoleHooks: () => createConsoleHooks({ db, config, now, sweepNow: sweep, store }),
    ...(opts.input ? { input: opts.input } : {}),
    ...(opts.output ? { output: opts.output } : {}),
    ...(opts.telegramBotInfo ? { telegramBotInfo: opts.telegramBotInfo } : {}),
    ...(opts.zaloPollTimeoutSeconds ? { zaloPollTimeoutSeconds: opts.zaloPollTimeoutSeconds } : {}),
  });
  const report = createReportRenderer(db, config, channels, now, links);
  const deliverer = createDeliverer({
    db,
    channels,
    log,
    now,
    zone,
    limits: {
      telegram: {
        perSecond: config.TELEGRAM_MAX_PER_SECOND,
        chatPerSecond: config.TELEGRAM_CHAT_PER_SECOND,
        groupPerMinute: config.TELEGRAM_GROUP_PER_MINUTE,
      },
      zalo: {
        perSecond: config.ZALO_MAX_PER_SECOND,
        chatPerSecond: config.ZALO_CHAT_PER_SECOND,
        groupPerMinute: config.ZALO_GROUP_PER_MINUTE,
      },
    },
    maxBackoffMs: config.DELIVERY_MAX_BACKOFF_SECONDS * 1000,
    ...createRenderer({
      reminder: createReminderRenderer({ db, zone, policy, now, hasButtons: (name) => channels.get(name)?.supportsButtons ?? true }),
      report: report.render,
    }),
    ...notices,
  });
  const reportSchedule = { zone, workingDay: config.REPORT_WORKING_DAY, time: config.REPORT_TIME };
  const handle = createInboundHandler({ db, config, log, now, sweepNow: sweep });
  const postReport = (at: Date) => postDueReport(db, reportSchedule, at, log);
  // Handled updates are kept two weeks: enough to drop any redelivery, never a growing table.
  const housekeeping = (at: Date) => pruneProcessedUpdates(db, new Date(at.getTime() - 14 * 24 * 3600_000));
  // Each job is idempotent: the cron tick, the catch-up at start and a second process agree.
  const scheduler = opts.withoutScheduler
    ? undefined
    : createScheduler(
        [
          { name: "reminders", at: config.REMINDER_TIME, run: sweep },
          { name: "monthly-report", at: config.REPORT_TIME, run: postReport },
          { name: "housekeeping", at: "03:00", run: housekeeping },
        ],
        zone,
        log,
      );
  const httpPort = config.HTTP_PORT ?? (webhooks.length || links || config.WEB_ENABLED ? 8080 : undefined);
  const http =
    httpPort === undefined
      ? undefined
      : createHttpServer({
          host: config.HTTP_HOST,
          port: httpPort,
          log,
          webhooks,
          files: links ? [report.chartRoute(links)] : [],
          plugins: config.WEB_ENABLED
            ? [async (server) => (await import("./web-console/routes.js")).registerWebConsole(server, { db, config, now, log })]
            : [],
          async health() {
            const states = Object.fromEntries([...channels].map(([name, c]) => [name, c.state()]));
            const storeUp = await store.ping();
            // Up when the store answers and at least one channel can deliver.
            const up = storeUp && Object.values(states).some((s) => s.status === "up");
            return { status: up ? "ok" : "error", store: storeUp ? store.kind : "unreachable", channels: states };
          },
        });

  const app: App = {
    config,
    store,
    log,
    channels,
    deliverer,
    ...named,
    sweep,
    async connected() {
      await Promise.all([...channels.values()].map((c) => c.connected()));
    },
    async start() {
      if (http) app.httpPort = await http.listen();
      for (const channel of channels.values()) await channel.start(handle);
      deliverer.start(opts.deliveryIntervalMs ?? 1000);
      scheduler?.start();
      await catchUpSweep(sweepDeps, now(), config.REMINDER_TIME);
      await postReport(now());
      await housekeeping(now());
      log.info({ channels: [...channels.keys()], http: app.httpPort ?? null }, "dondoc started");
    },
    async stop() {
      await scheduler?.stop();
      for (const channel of channels.values()) await channel.stop().catch(() => undefined);
      await deliverer.stop();
      await http?.close();
      await leadership.close();
      await store.close();
      log.info("dondoc stopped");
    },
  };
  return app;
}
