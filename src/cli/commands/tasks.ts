// tasks list|show|confirm|reopen
import type { Command } from "commander";
import { type TaskStatus, TASK_STATUSES } from "../../core/tasks/task.js";
import { workCalendar } from "../../core/calendar/working-days.js";
import { localDateOf, parseInstant } from "../../core/calendar/zone.js";
import { UserError } from "../../i18n/user-error.js";
import type { TaskFilter } from "../../store/tasks-repo.js";
import type { CliContext } from "../context.js";
import { localTime } from "../../core/calendar/local-time.js";
import { date, deadlineWords, named, shorten, taskJson } from "../format.js";
import type { Runner } from "../program.js";

// The store's modules load with the command that needs them: `--help` stays fast.
const repo = () => import("../../store/tasks-repo.js");
const holidays = () => import("../../store/holidays-repo.js");

export function instantOption(c: CliContext, at: string | undefined): Date {
  if (at === undefined) return c.now();
  const instant = parseInstant(at, c.config.TIME_ZONE);
  if (!instant) throw new UserError("error-bad-instant", { value: at });
  return instant;
}

export function registerTasks(program: Command, run: Runner, ctx: () => CliContext, tr: (k: string) => string): void {
  const tasks = program.command("tasks").description(tr("cli-tasks"));

  tasks
    .command("list")
    .description(tr("cli-tasks-list"))
    .option("--agency <code>", tr("cli-opt-agency"))
    .option("--status <status>", `${tr("cli-opt-status")} (${TASK_STATUSES.join("|")})`)
    .option("--overdue", tr("cli-opt-overdue"))
    .option("--at <time>", tr("cli-opt-at"))
    .option("--json", tr("cli-opt-json"))
    .action(
      run(async (opts: { agency?: string; status?: string; overdue?: boolean; at?: string; json?: boolean }) => {
        const c = ctx();
        const now = instantOption(c, opts.at);
        if (opts.status && !TASK_STATUSES.includes(opts.status as TaskStatus))
          throw new UserError("error-bad-status", { value: opts.status, allowed: TASK_STATUSES.join(", ") });
        const [{ db }, { listTasks }, { holidayDates }] = await Promise.all([c.store(), repo(), holidays()]);
        const filter: TaskFilter = {};
        if (opts.agency) {
          // A filter that matches no agency is a typo, not "no tasks".
          const { listAgencies } = await import("../../store/contacts-repo.js");
          if (!(await listAgencies(db)).some((a) => a.code === opts.agency!.toUpperCase()))
            throw new UserError("error-unknown-agency", { code: opts.agency });
          filter.agencyCode = opts.agency;
        }
        if (opts.status) filter.status = opts.status as TaskStatus;
        if (opts.overdue) filter.overdueBefore = localDateOf(now, c.config.TIME_ZONE);
        const rows = await listTasks(db, filter);
        const calendar = workCalendar(await holidayDates(db));
        if (opts.json) return (c.json(rows.map((t) => taskJson(t, now, c.config.TIME_ZONE, calendar))), 0);
        if (rows.length === 0) return (c.out(c.tr("tasks-none")), 0);
        c.table(
          ["code", "document", "summary", "agency", "officer", "due", "status", "deadline"].map((k) => c.tr(`tasks-col-${k}`)),
          rows.map((t) => [
            t.code,
            t.documentNumber,
            shorten(t.summary, 48),
            t.leadAgency.code,
            t.officer?.fullName ?? null,
            date(t.dueDate),
            c.tr(`status-${t.status}`),
            deadlineWords(t, now, c.config.TIME_ZONE, calendar, c.tr),
          ]),
        );
        c.out(c.tr("tasks-count", { count: rows.length }));
        return 0;
      }),
    );

  tasks
    .command("show <code>")
    .description(tr("cli-tasks-show"))
    .option("--json", tr("cli-opt-json"))
    .action(
      run(async (code: string, opts: { json?: boolean }) => {
        const c = ctx();
        const [{ db }, { findTaskByCode }, { holidayDates }, { auditOf }] = await Promise.all([
          c.store(),
          repo(),
          holidays(),
          import("../../store/audit-repo.js"),
        ]);
        const task = await findTaskByCode(db, code);
        if (!task) throw new UserError("error-unknown-task", { code });
        const now = c.now();
        const calendar = workCalendar(await holidayDates(db));
        const history = await auditOf(db, "task", task.id);
        if (opts.json) return (c.json({ ...taskJson(task, now, c.config.TIME_ZONE, calendar), history }), 0);
        const field = (k: string, v: string | null | undefined) => v && c.out(`${c.tr(`task-field-${k}`)}: ${v}`);
        field("code", task.code);
        field("document", [task.documentNumber, date(task.documentDate)].filter(Boolean).join(" — "));
        field("assigned-by", task.assignedBy);
        field("summary", task.summary);
        field("content", task.content);
        field("agency", `${task.leadAgency.name} (${task.leadAgency.code})`);
        field("officer", task.officer ? `${task.officer.fullName} (${task.officer.code})` : c.tr("task-officer-none"));
        field("assigned", date(task.assignedDate));
        field(
          "due",
          task.dueDate === task.originalDueDate
            ? date(task.dueDate)
            : `${date(task.dueDate)} (${c.tr("task-original-due")} ${date(task.originalDueDate)})`,
        );
        field("status", `${c.tr(`status-${task.status}`)} — ${deadlineWords(task, now, c.config.TIME_ZONE, calendar, c.tr)}`);
        field(
          "reported",
          task.reportedOn
            ? `${date(task.reportedOn)} ${task.reportedBy ? `— ${task.reportedBy.fullName}` : ""} (${task.reportedVia})`
            : null,
        );
        field("report-note", task.reportNote);
        field("note", task.note);
        c.out(c.tr("task-history", { count: history.length }));
        for (const h of history)
          c.out(
            `  ${localTime(h.at, c.config.TIME_ZONE)}  ${named(c.tr, `audit-${h.action.replace(/[._]/g, "-")}`, h.action)}  ${h.actor}/${h.channel}`,
          );
        return 0;
      }),
    );

  for (const [name, step, done] of [
    ["confirm", "confirmTask", "task-confirmed"],
    ["reopen", "reopenTask", "task-reopened"],
    ["cancel", "cancelTask", "task-cancelled"],
  ] as const) {
    tasks
      .command(`${name} <code>`)
      .description(tr(`cli-tasks-${name}`))
      .action(
        run(async (code: string) => {
          const c = ctx();
          const [{ db }, admin] = await Promise.all([c.store(), import("../../completion/task-admin.js")]);
          const task = await admin[step](db, code, { actor: "cli", channel: "cli", now: c.now() });
          c.out(c.tr(done, { code: task.code }));
          return 0;
        }),
      );
  }
}
