// /baocao [tháng]: the report on demand, in a registered leadership group (anyone there) or in
// private for leaders and admins. /nhanbaocao on|off: a leader's private copy each month.
import { localDateOf } from "../core/calendar/zone.js";
import { isFutureMonth, parseMonth } from "../core/reports/period.js";
import { type Turn, updateOwnSetting } from "../conversation/turn.js";

export async function reportOnDemand(turn: Turn, args: string, allowed: boolean): Promise<void> {
  if (!allowed) return turn.say("bot-baocao-refused");
  const today = localDateOf(turn.now, turn.deps.config.TIME_ZONE);
  const month = args ? parseMonth(args) : { year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) };
  if (!month) return turn.say("bot-baocao-usage");
  if (isFutureMonth(month, today))
    return turn.say("error-future-month", { month: `${String(month.month).padStart(2, "0")}/${month.year}` });
  await turn.answerWithReport(month);
}

export async function privateReportSetting(turn: Turn, args: string): Promise<void> {
  const wanted = /^(on|bat|bật|co|có|yes)$/i.test(args) ? true : /^(off|tat|tắt|khong|không|no)$/i.test(args) ? false : undefined;
  if (wanted === undefined) return turn.say("bot-nhanbaocao-usage");
  await updateOwnSetting(turn, { receivesReport: wanted }, "officer.report_delivery", { private: wanted });
  await turn.say(wanted ? "bot-nhanbaocao-on" : "bot-nhanbaocao-off");
}
