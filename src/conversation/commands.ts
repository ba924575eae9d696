// Slash commands, Vietnamese names first with English aliases. Admin commands check the role of
// the linked officer every time.
import { decisionButtons } from "../completion/extension-reply.js";
import { formatViDate } from "../core/calendar/local-date.js";
import { foldText } from "../core/text/fold.js";
import { workCalendar } from "../core/calendar/working-days.js";
import { isAdmin, isLeader } from "../core/contacts/people.js";
import { isLanguage, t } from "../i18n/i18n.js";
import { doneButton } from "../reminders/message.js";
import { taskLines } from "../messages/task-line.js";
import { activeChannelsOf } from "../store/chat-repo.js";
import { pendingExtensions } from "../store/extensions-repo.js";
import { holidayDates } from "../store/holidays-repo.js";
import { countOpenTasksOf, openTasksOf, reportedTasks } from "../store/tasks-repo.js";
import { privateReportSetting, reportOnDemand } from "../monthly-report/command.js";
import { encodeButton } from "./button-data.js";
import { type Turn, updateOwnSetting } from "./turn.js";

export const COMMANDS = {
  start: ["start"],
  help: ["trogiup", "help"],
  tasks: ["nhiemvu", "tasks"],
  language: ["ngonngu", "language"],
  pending: ["choxacnhan", "pending"],
  extensions: ["giahan", "extensions"],
  remind: ["nhacviec", "remind"],
  register: ["dangky", "register"],
  report: ["baocao", "report"],
  reportPrivately: ["nhanbaocao", "myreport"],
  channel: ["kenh", "channel"],
} as const;

export type CommandName = keyof typeof COMMANDS;

/** "/nhiemvu@dondoc_bot arg" → { name: "tasks", args: "arg" }. */
export function parseCommand(text: string): { name: CommandName | undefined; raw: string; args: string } | undefined {
  const m = /^\/([a-z_]+)(?:@\w+)?(?:\s+([\s\S]*))?$/i.exec(text.trim());
  if (!m) return undefined;
  const raw = m[1]!.toLowerCase();
  const name = (Object.keys(COMMANDS) as CommandName[]).find((k) => (COMMANDS[k] as readonly string[]).includes(raw));
  return { name, raw, args: (m[2] ?? "").trim() };
}

const LIST_LIMIT = 10;

/** The commands this person may use: an officer's, and a leader's or an admin's on top. */
export function helpFor(person: { role: string }, tr: (key: string) => string): string {
  const keys = ["bot-help", ...(isLeader(person) ? ["bot-help-leader"] : []), ...(isAdmin(person) ? ["bot-help-admin"] : [])];
  return keys.map((k) => tr(k)).join("\n\n");
}

export async function runCommand(turn: Turn, name: CommandName | undefined, args: string): Promise<void> {
  switch (name) {
    case "start":
    case "help":
      return turn.sayText(helpFor(turn.officer!, turn.tr));
    case "tasks":
      return listTasks(turn, args);
    case "language":
      return setLanguage(turn, args);
    case "pending":
      return isAdmin(turn.officer) ? listPending(turn) : turn.say("bot-admin-only");
    case "extensions":
      return isLeader(turn.officer) ? listExtensions(turn) : turn.say("bot-admin-only");
    case "remind":
      return isAdmin(turn.officer) ? remindNow(turn) : turn.say("bot-admin-only");
    case "register":
      return turn.say("bot-register-in-group");
    case "report":
      return reportOnDemand(turn, args, isLeader(turn.officer));
    case "channel":
      return preferChannel(turn, args);
    case "reportPrivately":
      return isLeader(turn.officer) ? privateReportSetting(turn, args) : turn.say("bot-baocao-refused");
    default:
      return turn.say("bot-unknown-command");
  }
}

/** Open tasks a search may look through: an agency head's whole agency still fits. */
const SEARCH_LIMIT = 20_000;

/**
 * /nhiemvu [page | words]: ten open tasks a page, the exact count and the way to the next page;
 * with words, the open tasks whose code or summary holds them (diacritics or not), so any task
 * can be found and picked however long the list.
 */
async function listTasks(turn: Turn, args: string): Promise<void> {
  const words = args.trim();
  if (words !== "" && !/^\d+$/.test(words)) return searchTasks(turn, words);
  const { db, config } = turn.deps;
  const page = Math.max(1, Number.parseInt(words, 10) || 1);
  const [count, tasks] = await Promise.all([
    countOpenTasksOf(db, turn.officer!),
    openTasksOf(db, turn.officer!, LIST_LIMIT, (page - 1) * LIST_LIMIT),
  ]);
  if (count === 0) return turn.say("bot-no-open-tasks");
  if (tasks.length === 0) return turn.say("bot-tasks-no-page", { page, pages: Math.ceil(count / LIST_LIMIT) });
  const calendar = workCalendar(await holidayDates(db));
  const lines = [turn.tr("bot-tasks-title", { count })];
  for (const t of tasks) lines.push(...taskLines(t, turn.now, config.TIME_ZONE, calendar, turn.tr));
  const rest = count - (page - 1) * LIST_LIMIT - tasks.length;
  if (rest > 0) lines.push("", turn.tr("bot-tasks-more", { count: rest, next: page + 1 }));
  await turn.sayText(lines.join("\n"), { buttons: tasks.map((t) => [doneButton(t, turn.tr)]), taskIds: tasks.map((t) => t.id) });
}

async function searchTasks(turn: Turn, words: string): Promise<void> {
  const { db, config } = turn.deps;
  const wanted = foldText(words).split(" ");
  const hits = (await openTasksOf(db, turn.officer!, SEARCH_LIMIT)).filter((t) => {
    const text = foldText(`${t.code} ${t.summary}`);
    return wanted.every((w) => text.includes(w));
  });
  if (hits.length === 0) return turn.say("bot-tasks-search-none", { words });
  const shown = hits.slice(0, LIST_LIMIT);
  const calendar = workCalendar(await holidayDates(db));
  const lines = [turn.tr("bot-tasks-search-title", { count: hits.length, words })];
  for (const t of shown) lines.push(...taskLines(t, turn.now, config.TIME_ZONE, calendar, turn.tr));
  if (hits.length > shown.length) lines.push("", turn.tr("bot-tasks-search-more", { count: hits.length - shown.length }));
  await turn.sayText(lines.join("\n"), { buttons: shown.map((t) => [doneButton(t, turn.tr)]), taskIds: shown.map((t) => t.id) });
}

async function setLanguage(turn: Turn, args: string): Promise<void> {
  const wanted = args.toLowerCase();
  if (!isLanguage(wanted)) return turn.say("bot-language-usage");
  await updateOwnSetting(turn, { language: wanted }, "officer.language", { language: wanted });
  await turn.sayText(t(wanted, "bot-language-set"));
}

/** Where reminders go for someone linked on both Telegram and Zalo: one channel, never both. */
async function preferChannel(turn: Turn, args: string): Promise<void> {
  const officer = turn.officer!;
  const linked = await activeChannelsOf(turn.deps.db, officer.id);
  const wanted = args.trim().toLowerCase();
  if (!linked.includes(wanted)) return turn.say("bot-channel-usage", { channels: linked.join(", ") });
  await updateOwnSetting(turn, { preferredChannel: wanted }, "officer.preferred_channel", { channel: wanted });
  await turn.say("bot-channel-set", { channel: wanted });
}

async function listPending(turn: Turn): Promise<void> {
  const { count, tasks } = await reportedTasks(turn.deps.db, LIST_LIMIT);
  if (count === 0) return turn.say("bot-pending-none");
  await turn.say("bot-pending-title", { count });
  for (const t of tasks) {
    await turn.say(
      "bot-pending-item",
      {
        code: t.code,
        summary: t.summary,
        agency: t.leadAgency.name,
        who: t.reportedBy?.fullName ?? "—",
        date: t.reportedOn ? formatViDate(t.reportedOn) : "—",
        due: formatViDate(t.dueDate),
        note: t.reportNote ?? "—",
      },
      {
        buttons: [
          [
            { label: turn.tr("bot-button-confirm"), data: encodeButton({ do: "confirm", taskId: t.id }) },
            { label: turn.tr("bot-button-reopen"), data: encodeButton({ do: "reopen", taskId: t.id }) },
          ],
        ],
      },
    );
  }
}

async function listExtensions(turn: Turn): Promise<void> {
  const requests = await pendingExtensions(turn.deps.db, LIST_LIMIT);
  if (requests.length === 0) return turn.say("bot-extensions-none");
  for (const r of requests) {
    await turn.say(
      "bot-extension-to-admin",
      {
        name: r.requestedBy.fullName,
        code: r.task.code,
        due: formatViDate(r.task.dueDate),
        date: formatViDate(r.requestedDue),
        reason: r.reason ?? "—",
      },
      { buttons: decisionButtons(turn.tr, r.id) },
    );
  }
}

async function remindNow(turn: Turn): Promise<void> {
  const result = await turn.deps.sweepNow(turn.now);
  if (result.skipped) return turn.say("bot-remind-non-working-day");
  await turn.say("bot-remind-done", {
    messages: result.messages,
    already: result.alreadyQueued,
    unreachable: result.unreachableOfficerIds.length,
  });
}
