// remind [--at] [--dry-run], sample, outbox list: what the admin runs beside the bot process.
import type { Command } from "commander";
import { formatViDate } from "../../core/calendar/local-date.js";
import { localDateOf } from "../../core/calendar/zone.js";
import { UserError } from "../../i18n/user-error.js";
import type { CliContext } from "../context.js";
import { localTime } from "../../core/calendar/local-time.js";
import { named, summaryLines } from "../format.js";
import type { Runner } from "../program.js";
import { instantOption } from "./tasks.js";

export function registerBot(program: Command, run: Runner, ctx: () => CliContext, tr: (k: string) => string): void {
  program
    .command("remind")
    .description(tr("cli-remind"))
    .option("--at <time>", tr("cli-opt-at"))
    .option("--dry-run", tr("cli-opt-dry-run"))
    .option("--json", tr("cli-opt-json"))
    .action(
      run(async (opts: { at?: string; dryRun?: boolean; json?: boolean }) => {
        const c = ctx();
        const at = instantOption(c, opts.at);
        const [{ db }, { runSweep }, { createLogger }, { reminderPolicy }] = await Promise.all([
          c.store(),
          import("../../reminders/sweep.js"),
          import("../../log.js"),
          import("../../config.js"),
        ]);
        const result = await runSweep({ db, zone: c.config.TIME_ZONE, policy: reminderPolicy(c.config), log: createLogger("silent") }, at, {
          dryRun: Boolean(opts.dryRun),
        });
        if (opts.json) return (c.json(result), 0);
        if (result.skipped) return (c.out(c.tr("bot-remind-non-working-day")), 0);
        if (opts.dryRun) {
          const [{ officersByIds }, { taskCodes }] = await Promise.all([
            import("../../store/contacts-repo.js"),
            import("../../store/tasks-repo.js"),
          ]);
          const officers = await officersByIds(
            db,
            result.plan!.map((p) => p.officerId),
          );
          const tasks = await taskCodes(
            db,
            result.plan!.flatMap((p) => p.items.map((i) => i.taskId)),
          );
          c.table(
            ["officer", "channel", "tasks"].map((k) => c.tr(`remind-col-${k}`)),
            result.plan!.map((p) => [
              `${officers.get(p.officerId)?.fullName} (${officers.get(p.officerId)?.code})`,
              p.channel ?? c.tr("remind-not-linked"),
              p.items.map((i) => `${tasks.get(i.taskId)} (${c.tr(`remind-kind-${i.kind}`)})`).join(", "),
            ]),
          );
          c.out(c.tr("remind-dry-run", { day: formatViDate(result.day), planned: result.planned, already: result.alreadyQueued }));
          return 0;
        }
        c.out(
          c.tr("bot-remind-done", {
            messages: result.messages,
            already: result.alreadyQueued,
            unreachable: result.unreachableOfficerIds.length,
          }),
        );
        return 0;
      }),
    );

  program
    .command("sample")
    .description(tr("cli-sample"))
    .action(
      run(async () => {
        const c = ctx();
        const [{ db }, { loadSampleData }] = await Promise.all([c.store(), import("../../import-export/sample-data.js")]);
        const now = c.now();
        for (const s of await loadSampleData(db, localDateOf(now, c.config.TIME_ZONE), now, c.config.TIME_ZONE))
          summaryLines(s, c.tr).forEach((l) => c.out(l));
        c.out(c.tr("sample-next"));
        return 0;
      }),
    );

  program
    .command("outbox")
    .description(tr("cli-outbox"))
    .command("list")
    .description(tr("cli-outbox-list"))
    .option("--status <status>", "pending|sending|sent|failed|cancelled")
    .option("--json", tr("cli-opt-json"))
    .action(
      run(async (opts: { status?: string; json?: boolean }) => {
        const c = ctx();
        const STATUSES = ["pending", "sending", "sent", "failed", "cancelled"];
        if (opts.status && !STATUSES.includes(opts.status))
          throw new UserError("error-bad-status", { value: opts.status, allowed: STATUSES.join(", ") });
        const [{ db }, { listOutbox }] = await Promise.all([c.store(), import("../../store/outbox-repo.js")]);
        const raw = await listOutbox(db, opts.status);
        const rows = raw.map((r) => ({
          id: r.id,
          kind: r.kind,
          channel: r.channel,
          status: r.status,
          attempts: r.attempts,
          createdAt: r.createdAt.toISOString(),
          sentAt: r.sentAt?.toISOString() ?? null,
          lastError: r.lastError,
        }));
        if (opts.json) return (c.json(rows), 0);
        if (rows.length === 0) return (c.out(c.tr("outbox-none")), 0);
        const zone = c.config.TIME_ZONE;
        c.table(
          ["id", "kind", "channel", "status", "attempts", "created", "sent", "error"].map((h) => c.tr(`outbox-col-${h}`)),
          rows.map((r, i) => [
            r.id,
            named(c.tr, `outbox-kind-${r.kind}`, r.kind),
            r.channel,
            named(c.tr, `outbox-status-${r.status}`, r.status),
            r.attempts,
            localTime(raw[i]!.createdAt, zone),
            localTime(raw[i]!.sentAt, zone),
            r.lastError,
          ]),
        );
        return 0;
      }),
    );
}
