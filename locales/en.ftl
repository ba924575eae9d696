# dondoc — English

## Status and deadlines

status-open = In progress
status-reported = Reported done (awaiting confirmation)
status-confirmed = Completed
status-cancelled = Cancelled
deadline-on-time = Completed on time
deadline-late = Completed { $days ->
    [one] 1 day late
   *[other] { $days } days late
}
deadline-days-left = { $days ->
    [0] Due today
    [one] 1 day left
   *[other] { $days } days left
}
deadline-overdue = { $days ->
    [one] 1 day overdue
   *[other] { $days } days overdue
}
role-officer = Officer
role-agency_head = Agency head
role-leader = Committee leader
role-admin = Admin

## Command line

cli-description = dondoc — follow-up of assigned tasks: admin commands
cli-opt-lang = display language (vi or en)
cli-opt-verbose = say which store the command works on
cli-store = Store: { $path }
cli-store-new = Note: there was no store at { $path } — a new, empty one was just created. If your data is elsewhere, set DATABASE_URL (see the README).
cli-opt-json = print the result as JSON (for scripts)
cli-import = import data from an .xlsx or .csv file
cli-import-agencies = import the list of agencies
cli-import-officers = import the list of officers
cli-import-tasks = import the list of tasks
cli-opt-skip-invalid = import the valid rows, skip and list the bad ones
cli-opt-overwrite = where the file and the bot changed the same field differently (a conflict), take the file's value
cli-export = export data to a file
cli-export-tasks = export tasks to .xlsx (with what officers reported through the bot)
cli-tasks = view and act on tasks
cli-tasks-list = list tasks (all of them unless filtered)
cli-tasks-show = show one task and its history
cli-tasks-confirm = confirm a task an officer reported done
cli-tasks-reopen = reopen a task reported or confirmed done
cli-opt-agency = only tasks led by this agency (agency code)
cli-opt-status = only tasks in this status
cli-opt-overdue = only overdue tasks not completed
cli-opt-at = judge deadlines at this instant (YYYY-MM-DD, "YYYY-MM-DD HH:MM" or ISO 8601)
cli-officers = view officers
cli-officers-list = list officers and their linked chat accounts
cli-link = make a one-time code an officer uses to link a Telegram or Zalo account
cli-holidays = manage public holidays (no reminders on those days)
cli-holidays-list = list public holidays
cli-holidays-add = add a public holiday, e.g. holidays add 02/09/2026 National Day
cli-holidays-remove = remove a public holiday
cli-opt-year = only this year
cli-db = database
cli-db-migrate = apply the database schema updates not yet applied

## Import, export

import-progress = Importing
import-kind-agencies = agencies
import-kind-officers = officers
import-kind-tasks = tasks
import-problem = row { $row }, column "{ $column }": { $reason }
import-reason-missing = required value missing
import-reason-bad_date = invalid date "{ $value }" (use dd/mm/yyyy)
import-reason-due_before_assigned = deadline before the assignment date
import-reason-completed_before_assigned = completion date before the assignment date
import-reason-unknown_agency = no agency "{ $value }" (import agencies first)
import-reason-unknown_officer = no officer "{ $value }"
import-reason-ambiguous_officer = several officers are named "{ $value }": use the officer code
import-reason-duplicate_code = code "{ $value }" appears twice in the file
import-reason-duplicate_task = task appears twice in the file (same document number and summary)
import-reason-bad_role = invalid role "{ $value }" (chuyên viên, lãnh đạo cơ quan, lãnh đạo UBND, quản trị)
import-reason-bad_language = invalid language "{ $value }" (vi or en)
import-reason-name_taken = the name "{ $value }" belongs to another agency
import-reason-formula_without_value = the cell holds a formula whose value the file never saved (open it in Excel, save it, and import again)
import-reason-completed_in_future = the completion date is in the future
import-reason-date_out_of_range = the year { $value } is not plausible (2000 to 2100)
import-reason-too_long = text too long
import-warning = Note: row { $row }, column "{ $column }": { $reason }
import-reason-officer_other_agency = officer "{ $value }" is not of this row's lead agency — imported anyway; if it is a mistake, fix the file and import again
import-reason-likely_renamed = looks like task { $value } of the same document with its summary changed: if the summary was corrected, write { $value } in the "Mã nhiệm vụ" column to update that task; if it is a new task, give it a code of its own
import-changes = Changed ({ $count }):
import-change-line = row { $row }, { $key }, { $column }: { $from } → { $to }
import-conflicts = Conflicts — the file and the bot changed these differently; the bot's value kept ({ $count }). If the file is right, import again with --overwrite:
import-conflicts-overwritten = Conflicts — the file and the bot changed these differently; the file's value taken (--overwrite) ({ $count }):
import-conflict-line = row { $row }, { $key }, { $column }: in the bot { $from }, in the file { $to }
import-kept = Changes made in the bot that the file does not have yet — kept; update the file ({ $count }):
import-more = { $count ->
    [one] … and 1 more (see all with --json).
   *[other] … and { $count } more (see all with --json).
}
import-value-empty = (empty)
import-value-cancelled = cancelled
import-value-reported = reported done
import-value-confirmed = confirmed
import-column-status = Status
import-unknown-columns = Columns not used (ignored): { $columns }
import-nothing-imported = Nothing imported: { $problems } problems in { $rows } rows. Fix the file and import again, or use --skip-invalid to import the valid rows.
import-done = Imported { $kind }: { $rows } rows — { $created } new, { $updated } updated, { $unchanged } unchanged, { $skipped } bad rows skipped.
import-refused-not_found = Cannot open the file: check the path.
import-refused-empty = The file has no data: it needs a header row and at least one data row.
import-refused-not_spreadsheet = The file is not an .xlsx or .csv (UTF-8) spreadsheet.
import-refused-no_header = The first row of the file must be the column headers.
import-refused-csv_encoding = The CSV file is not UTF-8 (perhaps Windows-1258/ANSI): open it in Excel, choose Save As → "CSV UTF-8 (Comma delimited)", and import again.
import-refused-zip_not_xlsx = The file is a zip archive but not an .xlsx workbook (perhaps a .docx or a renamed .zip): choose the Excel file.
import-refused-missing_columns = The file lacks the required column(s) { $columns }: perhaps the wrong sheet or the wrong kind of list.
export-done = Exported { $count } tasks to { $file }.
export-sheet-tasks = Tasks
export-col-reported-by = Reported by
export-col-reported-at = Reported at
export-col-reported-via = Reported via
export-col-report-note = Report note
export-col-confirmed = Confirmed
export-col-status = Status
export-yes = Yes
export-no = Not yet

## Tasks

tasks-none = No tasks.
tasks-count = { $count ->
    [one] 1 task.
   *[other] { $count } tasks.
}
tasks-col-code = Code
tasks-col-document = Document
tasks-col-summary = Summary
tasks-col-agency = Agency
tasks-col-officer = Officer
tasks-col-due = Due
tasks-col-status = Status
tasks-col-deadline = Progress
task-field-code = Task code
task-field-document = Document
task-field-assigned-by = Assigned by
task-field-summary = Summary
task-field-content = Content
task-field-agency = Lead agency
task-field-officer = Responsible officer
task-field-assigned = Assigned on
task-field-due = Deadline
task-field-status = Status
task-field-reported = Reported done
task-field-report-note = Report note
task-field-note = Note
task-officer-none = (the agency head is responsible)
task-original-due = originally
task-history = History ({ $count } entries):
task-confirmed = Task { $code } confirmed as completed.
task-reopened = Task { $code } reopened.

## Officers, linking, holidays

officers-none = No officers yet. Import them with: dondoc import officers <file>
officers-col-code = Code
officers-col-name = Full name
officers-col-title = Title
officers-col-agency = Agency
officers-col-role = Role
officers-col-chats = Chat accounts
link-issued = Link code for { $name }: { $code } (single use, expires in { $minutes } minutes).
link-how-telegram = Telegram: send the bot /start { $code }
link-deep-link = or open: { $link }
link-how-zalo = Zalo: send the bot the message { $code }
holidays-none = No public holidays yet.
holidays-col-date = Date
holidays-col-name = Name
holiday-added = Holiday { $date } added: { $name }.
holiday-removed = Holiday { $date } removed.
db-migrated = Database { $url }: { $applied } new schema updates applied, { $total } in all.
db-migration-modified = Warning: schema update { $name } was edited after it was applied.

## Errors

error-unknown-officer = There is no officer with code "{ $code }".
error-unknown-task = There is no task with code "{ $code }".
error-unknown-holiday = { $date } is not in the holiday list.
error-transition-already_reported = Task { $code } is already reported done and awaits confirmation.
error-transition-already_confirmed = Task { $code } is already completed and confirmed.
error-transition-not_reported = Task { $code } has not been reported done.
error-transition-cancelled = Task { $code } is cancelled.
error-transition-not_open = Task { $code } is no longer in progress.
error-task-changed = Task { $code } was just changed by someone else; check it and try again.
error-bad-instant = Invalid instant "{ $value }": use YYYY-MM-DD, "YYYY-MM-DD HH:MM" or ISO 8601.
error-bad-status = Invalid status "{ $value }": choose one of { $allowed }.
error-bad-date = Invalid date "{ $value }": use dd/mm/yyyy.
error-bad-year = Invalid year "{ $value }".
error-db-unreachable = Cannot reach the database: check DATABASE_URL and the database server.
error-unexpected = Something unexpected went wrong; run again with LOG_LEVEL=debug for details.

## Bot: reminders

bot-due = Due: { $due }
bot-button-done = ✅ Done { $code }
bot-reminder-title = 🔔 Reminders for { $date }
bot-reminder-overdue = ⚠️ { $count } overdue:
bot-reminder-upcoming = ⏳ { $count } due soon:
bot-reminder-escalated = 📌 { $count } tasks of { $agency } long overdue (for the agency head to follow up):
bot-reminder-how-numbered = When done, reply with the number below, or send "done { $code }".
bot-reminder-how = When done, press the button below or reply "done" to this message (or "done { $code }").

## Bot: linking

bot-welcome-unlinked = Hello! This is the task follow-up bot of the Office of the Provincial People's Committee. To receive reminders, send the link code the Office gave you (e.g. /start ABCD2345).
bot-not-linked = This chat is not linked to an officer yet. Ask the Office for a link code and send it to the bot.
bot-link-invalid = That link code is not right. Check the 8 characters or ask the Office for a new one.
bot-link-expired = That link code has expired. Ask the Office for a new one.
bot-link-used = That link code has been used already. Each code works once; ask the Office for a new one.
bot-link-too_many_attempts = Too many wrong codes. Please try again in 15 minutes.
bot-linked = ✅ This chat is now linked to { $name }. Reminders will arrive here.
bot-help =
    You can:
    • reply "done" (with the task code if needed, e.g. "done NV-2026-0123") to report a task completed;
    • add a note after a comma: "done, decision 123/SXD-KH issued";
    • send "xin gia hạn đến 15/07/2026 vì …" to ask for an extension;
    • /tasks — see your open tasks;
    • /language vi — switch to Vietnamese.
bot-help-leader =
    Leaders can also:
    • /report [month/year] — see the monthly report;
    • /extensions — extension requests waiting for a decision;
    • /myreport yes|no — receive the monthly report in a private message.
bot-help-admin =
    Admins can also:
    • /pending — completions waiting for the Office's confirmation;
    • /remind — run the reminders now;
    • /register — (in a group) register the group for the monthly report.
bot-pending-for-admin = Waiting for you: { $reported } completions to confirm (/pending), { $extensions } extension requests (/extensions).

## Bot: completion

bot-button-yes-done = ✅ Yes, { $code } is done
bot-button-cancel = ✖ No, cancel
bot-ask-confirm-one = You are reporting task { $code } as done, right?
bot-ask-which = You have { $count } open tasks. Which one is done?
bot-ask-which-code = { $count } tasks match "{ $typed }". Which one do you mean?
bot-ask-which-extension = Which task do you ask an extension for?
bot-task-not-found = No task "{ $code }" among your tasks. Send /tasks to see the list.
bot-no-open-tasks = You have no open tasks.
bot-task-gone = That task is no longer in the system.
bot-report-refused = You are not the officer responsible for task { $code }, so you cannot report it done. If this is a mistake, please contact the Office.
bot-report-already-reported = Task { $code } was already reported done and awaits the Office's confirmation.
bot-report-already-confirmed = Task { $code } is already completed and confirmed.
bot-report-already-cancelled = Task { $code } has been cancelled.
bot-reported = ✅ Recorded: task { $code } ({ $summary }) completed on { $date } — { $standing }. The Office will confirm it.
bot-reported-confirmed = ✅ Recorded: task { $code } ({ $summary }) completed on { $date } — { $standing }.
bot-ask-confirm-done = Do you confirm that task { $code } is done?
bot-ask-confirm-done-which = Which task do you confirm is done? If none is, choose "No".
bot-button-yes = ✅ Yes
bot-button-no = ✖ No
bot-confirm-no = Not recorded as done: task { $code } is still in progress. When it is done, reply "done".
bot-not-done-negated = Not recorded as done: the task is still in progress. When it is done, reply "done". If you need more time, send "xin gia hạn đến dd/mm/yyyy vì …".
bot-not-done-rhetorical = Not recorded as done: the task is still in progress. If it is hard or you need more time, send "xin gia hạn đến dd/mm/yyyy vì …".
bot-not-done-plan = Not recorded as done: that is a plan; the task is still in progress. When it is actually done, reply "done". To move the deadline, send "xin gia hạn đến dd/mm/yyyy vì …".
bot-not-done-condition = Not recorded as done: the task is still in progress. When it is done, just reply "done" to the reminder.
bot-not-done-question = Not recorded as done. To report a task done, reply "done" to its reminder, send "done NV-…" with the task's code, or press "✅ Done". Send /tasks to see your tasks.
bot-not-done-hearsay = Not recorded as done: the bot records it only when the responsible officer reports it. If you have checked and it is done, reply "done".
bot-not-done-partial = Not recorded as done: progress noted; the task still counts as in progress. When it is fully done, reply "done".
bot-not-done-difficulty = Not recorded as done: the task is still in progress. If you need more time, send "xin gia hạn đến dd/mm/yyyy vì …" for the Office to consider.
bot-acknowledged = Thank you. When the work is done, reply "done" and the bot will record it.
bot-empty = The bot sees no words in this message. To report a task done, reply "done"; send /help for instructions.
bot-too-long = The message is { $length } characters long, more than the { $limit } the bot reads: nothing was recorded. Please send it short, e.g. "done NV-…, a short note"; send long documents to the Office through the task tracking system.
bot-unclear = Sorry, I did not understand. To report a task done, reply "done"; to ask for an extension, send "xin gia hạn đến dd/mm/yyyy vì …". Send /help for instructions.
bot-choice-none = There is no pending choice number { $number }.
bot-cancelled = Cancelled; nothing changed.
bot-button-stale = That choice is no longer valid.
bot-media = The bot cannot read photos, stickers or voice messages yet. Please write it, e.g. "done".
bot-unsupported-content = The bot cannot see the content of this message. Please write it as text, or tell the Office by phone or in the task tracking system.
bot-officer-inactive = Your officer account is no longer active. Please contact the Office.
bot-error = Sorry, something went wrong with your message. Please try again in a few minutes.

## Bot: extensions

bot-extension-need-date = Please give the new deadline, e.g. "xin gia hạn đến 15/07/2026 vì waiting for comments".
bot-extension-bad-date = "{ $value }" is not a valid date. Please write dd/mm/yyyy.
bot-extension-refused = Only the responsible officer can ask for an extension of this task.
bot-extension-not-open = This task is no longer in progress, so it needs no extension.
bot-extension-not-later = The new deadline must be after the current one ({ $due }).
bot-extension-already = This task already has an extension request to { $date } awaiting a decision.
bot-extension-filed = 📨 Extension request for task { $code } to { $date } sent. The Office will decide and let you know.
bot-extension-filed-unseen = 📨 Your extension request for task { $code } to { $date } is recorded, but no one at the Office receives messages through the bot yet: please also tell the Office by phone so it is looked at soon.
bot-extension-to-admin = 📨 { $name } asks to extend task { $code } (due { $due }) to { $date }. Reason: { $reason }
bot-button-approve = ✅ Approve
bot-button-refuse = ✖ Refuse
bot-extension-already-decided = That request was already decided.
bot-extension-approved-admin = Extension of task { $code } to { $date } approved.
bot-extension-refused-admin = Extension of task { $code } refused.
bot-extension-approved = ✅ The Office approved extending task { $code } to { $date }.
bot-extension-declined = The Office did not approve extending task { $code } to { $date }; the deadline stays as it was.

## Bot: commands

bot-admin-only = This command is for the Office's admins only.
bot-unknown-command = Unknown command. Send /help for instructions.
bot-tasks-title = 📋 You have { $count } open tasks:
bot-tasks-more = … and { $count } more: send /tasks { $next } for the next page, /tasks <words> to search, or "done" with a task's code.
bot-tasks-no-page = There is no page { $page }: the list has { $pages } pages.
bot-tasks-search-title = 🔎 { $count } open tasks match "{ $words }":
bot-tasks-search-more = … and { $count } more: add a word to narrow it down.
bot-tasks-search-none = No open task matches "{ $words }". Send /tasks to see the whole list.
bot-language-usage = Use: /language vi or /language en
bot-language-set = Switched to English.
bot-pending-none = No tasks await confirmation.
bot-pending-title = { $count } tasks reported done await confirmation:
bot-pending-item =
    { $code } — { $summary }
    Agency: { $agency }; reported by { $who } on { $date } (due { $due })
    Note: { $note }
bot-button-confirm = ✅ Confirm
bot-button-reopen = ↩ Reopen
bot-reopened-to-officer = The Office reopened task { $code }: it does not count as completed. Please contact the Office if needed.
bot-extensions-none = No extension requests are waiting.
bot-remind-non-working-day = Today is not a working day: no reminders are sent.
bot-remind-done = { $messages } reminder messages queued ({ $already } items sent earlier; { $unreachable } officers have no linked chat).
bot-register-in-group = Use /register inside a leadership group to register it for reports.
bot-register-admin-only = Only an admin with a linked account can register a group.
bot-register-already = This group is already registered as a leadership group.
bot-register-done = ✅ This group is now a leadership group: it will receive the monthly report.
bot-group-help = In groups the bot takes /register (an admin registers a leadership group). Officers report tasks in their private chat with the bot.
bot-notice-unreachable = ⚠️ Could not send a message to { $who } on { $channel } ({ $reason }). The account is marked unreachable until the person writes to the bot again.
bot-notice-gave-up = ⚠️ Messages could not be sent on { $channel } (the latest to { $who }: { $error }). Others that fail within this hour are not told one by one; see them with: dondoc outbox list --status failed
bot-menu-nhiemvu = My open tasks
bot-menu-trogiup = How to use the bot
bot-menu-ngonngu = Change language (vi/en)
bot-menu-choxacnhan = Admin: tasks awaiting confirmation
bot-menu-giahan = Admin: extension requests
bot-menu-nhacviec = Admin: send reminders now
bot-menu-dangky = Admin: register a leadership group

## Console

console-welcome = dondoc — trial run in the terminal (no token needed). Type /as <code> to switch officer, /sweep [YYYY-MM-DD] to run reminders, /sample to load sample data, /exit to leave.
console-store = Store: { $path }
console-store-new = Store: { $path } — just created, empty. (Real data elsewhere? Leave with /exit and set DATABASE_URL.)
console-no-data = No officers yet. Type /sample to load sample data (or import a file: npm run cli -- import officers <file>).
console-pick = Who are you? Type a number or an officer code:
console-no-such-officer = No officer "{ $who }".
console-now = You are now { $name } ({ $code }). Try: /tasks, "done", "xin gia hạn đến 30/12/2026 vì …".
console-now-admin = You are now { $name } ({ $code }), an admin. Try: /pending, /extensions, /remind, /report, /help.
console-now-leader = You are now { $name } ({ $code }), a leader. Try: /report, /extensions, /help.
console-sample-loaded = Sample data loaded: 4 agencies, 7 officers, { $tasks } tasks.

## Command line: reminders, sample data, outbox

cli-remind = run the reminder sweep (default: now); the running bot sends within seconds
cli-opt-dry-run = only print who would be reminded of what; queue nothing
cli-sample = load sample data (4 agencies, 7 officers, 6 tasks around today) to try the bot
cli-outbox = the queue of outgoing messages
cli-outbox-list = list recent messages (failed ones: --status failed)
remind-col-officer = Officer
remind-col-channel = Channel
remind-col-tasks = Tasks
remind-not-linked = (not linked)
remind-kind-before = due soon
remind-kind-overdue = overdue
remind-kind-escalation = to the agency head
remind-dry-run = Dry run for { $day }: { $planned } reminder items ({ $already } sent earlier). Nothing was queued.
sample-next = Next: npm start, then pick an officer to talk to the bot.
outbox-none = The outbox is empty.
outbox-col-id = Id
outbox-col-kind = Kind
outbox-col-channel = Channel
outbox-col-status = Status
outbox-col-attempts = Attempts
outbox-col-created = Created
outbox-col-sent = Sent
outbox-col-error = Last error
outbox-kind-reminder = reminder
outbox-kind-escalation = overdue alert
outbox-kind-reply = reply
outbox-kind-notice = notice
outbox-kind-report = monthly report
outbox-status-pending = pending
outbox-status-sending = sending
outbox-status-sent = sent
outbox-status-failed = failed
outbox-status-cancelled = cancelled
audit-task-imported = imported from a spreadsheet
audit-task-updated-by-import = updated from a spreadsheet
audit-task-reported = reported done
audit-task-report-refused = report refused (not responsible)
audit-task-confirmed = completion confirmed
audit-task-reopened = reopened
audit-task-cancelled = cancelled
audit-task-extended = deadline extended
audit-extension-requested = extension requested
audit-extension-refused = extension refused
bot-reminder-more = … and { $count } more (send /tasks to see them all).

## Monthly report

report-title = REPORT
report-subtitle = Review of the progress of assigned tasks up to { $to }
report-section1 = 1. Progress of tasks
report-month = In { $month }/{ $year }, the Provincial People's Committee, its Chair and Vice-Chairs assigned { $assigned } tasks to departments, agencies and district committees. { $due } tasks were due in month { $month }; { $completed } of them were completed: { $onTime } on time ({ $onTimeShare }) and { $late } late (listed in appendix 1).
report-year = From { $from } to the end of { $to }, { $assigned } tasks were assigned: { $completed } completed ({ $completedShare }), of which { $onTime } on time ({ $onTimeShare }) and { $late } late ({ $lateShare }); { $notCompleted } not completed ({ $notCompletedShare }), of which { $within } still within their deadline and { $overdue } overdue (listed in appendix 2).
report-in-progress = (Provisional: month { $month }/{ $year } is not over.)
report-appendix1 = Appendix 1: { $count } tasks due in { $month }/{ $year } completed late
report-appendix2 = Appendix 2: { $count } overdue tasks not completed
report-appendix3 = Appendix 3: { $count } tasks reported done by officers, awaiting the Office's confirmation
report-appendix-row = { $n }. { $code }{ $doc } — { $summary } — { $agency } — due { $due }{ $late }
report-appendix-late = , { $days } days late
report-appendix-more = … and { $count } more (see the attached files)
report-files = Attached: the report (.docx), the appendices (.xlsx), a chart by agency.
report-chart-title = Task progress by agency — year to date, up to { $to }
report-series-on-time = Completed on time
report-series-late = Completed late
report-series-within = Open, within deadline
report-series-overdue = Overdue, not completed
report-col-n = No.
report-col-code = Task code
report-col-document = Document
report-col-document-date = Document date
report-col-summary = Summary
report-col-assigned-by = Assigned by
report-col-agency = Lead agency
report-col-officer = Responsible officer
report-col-due = Deadline
report-col-original-due = Original deadline
report-col-completed = Completed / reported on
report-col-days-late = Days late
report-col-assigned = Tasks assigned
report-sheet-agencies = By agency
report-sheet-appendix = Appendix { $n }
report-recipients = Recipients:
report-number = No.: { $number }
report-place-date = { $place }, { $day }/{ $month }/{ $year }
report-motto-1 = SOCIALIST REPUBLIC OF VIETNAM
report-motto-2 = Independence - Freedom - Happiness
report-none = No tasks.
bot-baocao-usage = Use: /report (this month) or /report 6/2020.
bot-baocao-refused = The monthly report is for leaders, admins, or a registered leadership group.
cli-report = the monthly report (default: last month) to the screen or a file; "report send" posts it to the leadership groups
cli-opt-month = the month, e.g. 2020-06 or 6/2020
cli-opt-format = format
cli-opt-out = write to this file
cli-opt-printed = the signing date printed on the document (default: today)
report-written = Wrote { $file }.
report-queued = Report queued for { $groups } recipients ({ $already } had it already). The running bot sends it within seconds.
error-bad-month = Invalid month "{ $value }": use 2020-06 or 6/2020.
error-bad-format = Invalid format "{ $value }": choose one of { $allowed }.
error-bad-report-action = There is no "report { $value }": use "report" or "report send".
bot-nhanbaocao-usage = Use: /myreport on (get the monthly report in private) or /myreport off.
bot-nhanbaocao-on = From now on you will receive the monthly report in private.
bot-nhanbaocao-off = You will no longer receive the monthly report in private.
bot-menu-baocao = Monthly report (e.g. /report 6/2020)
bot-menu-nhanbaocao = Monthly report in private (on/off)
bot-notice-zalo-cannot-join-groups = ⚠️ The Zalo bot is not allowed to join groups (can_join_groups = false): it will not hear commands in Zalo leadership groups nor post the monthly report there. Allow it to join groups in Zalo Bot Creator.
bot-notice-channel-disabled = ⚠️ The { $channel } channel stopped: the platform refused the bot's token ({ $reason }). Check the token in the configuration and restart the bot.
bot-channel-usage = Use: /channel <name> to choose where reminders go. You have linked: { $channels }.
bot-channel-set = Reminders will now go to { $channel }.
bot-menu-kenh = Choose where reminders go (telegram/zalo)
cli-tasks-cancel = cancel a task (no more reminders, not counted in reports)
task-cancelled = Task { $code } cancelled.

## CLI: understand

cli-understand = show how the bot reads a message (complete, ask, not done…)
cli-opt-understand-file = read from a file, one message a line
error-understand-usage = No message given: dondoc understand "done" or --file <file>.
error-file-unreadable = Cannot read the file "{ $file }".
understand-outcome = Outcome
understand-reason = Why
understand-codes = Task codes
understand-note = Note
understand-date = Extend to
understand-bad-date = Invalid date
understand-extension-reason = Reason
understand-complete = recorded as done at once
understand-maybe_complete = asks back "Do you confirm … is done? [Yes] [No]"; only "Yes" records it
understand-not_done = not done (nothing recorded)
understand-acknowledged = seen / thanks (nothing recorded)
understand-extension = extension request
understand-choice = picks an item of a list
understand-yes = yes (answers the pending question)
understand-no = no (answers the pending question)
understand-empty = no text
understand-unclear = not understood: the bot explains how to report
understand-reason-negated = a negation ("chưa", "không")
understand-reason-rhetorical = a rhetorical negation ("đâu mà xong", "còn lâu mới xong")
understand-reason-plan = a plan, a promise, a time still to come
understand-reason-condition = a condition ("khi nào", "nếu", "thì")
understand-reason-question = a question
understand-reason-hearsay = someone else says so
understand-reason-partial = part of the work, or still waiting
understand-reason-difficulty = a difficulty, no time
understand-doubt-uncertain = not sure ("chắc", "hình như")
understand-doubt-wording = does not plainly say it is finished
understand-doubt-no_diacritics = typed without diacritics, with a word of two meanings
understand-doubt-note = the note says something unclear
understand-doubt-long = a long message: asking to be sure
error-sample-not-empty = The sample was not loaded: this store already holds { $count } real agencies, officers or tasks, and the sample would overwrite them. To try the bot, run it on a store of its own, e.g. DATABASE_URL=file:./data/trial.db npm start
error-cannot-write = Cannot write "{ $file }": the folder does not exist, cannot be written to, or it is a folder.
error-export-xlsx-only = The export is an Excel workbook: give a .xlsx file name, not "{ $file }".
bot-extension-task-closed = Task { $code } was reported done or is no longer in progress: the extension request needs no decision.
error-unknown-agency = No agency has the code "{ $code }". See them with: dondoc agencies list
cli-agencies = agencies
cli-agencies-list = list the agencies (code and name)
agencies-none = No agencies yet. Import them with: dondoc import agencies <file>
agencies-col-code = Code
agencies-col-name = Agency
holiday-already = { $date } ({ $name }) is already a holiday: nothing changed.
error-future-month = { $month } has not begun: there is nothing to report yet.
cli-help-after-error = (add --help for usage)
cli-help-option = display help for command
cli-help-command = display help for command
cli-title-usage = Usage
cli-title-options = Options
cli-title-commands = Commands
cli-title-arguments = Arguments
cli-title-global-options = Global Options

## Configuration (.env or the environment)
config-invalid = The configuration is wrong (.env file or environment); fix it and start again —
config-time-of-day = expected HH:MM, e.g. 08:00
config-database-url = expected file:<path> (SQLite) or postgresql://… (PostgreSQL)
config-time-zone = not a known IANA time zone, e.g. Asia/Ho_Chi_Minh
config-days-before = expected comma-separated numbers of days, e.g. 3,1,0
config-telegram-token = expected the token BotFather gave, <digits>:<letters>
config-zalo-token = expected the token Zalo gave, <bot id>:<secret>
config-webhook-secret = 8–256 characters of A-Z, a-z, 0-9, _ and -
config-bot-username = expected the bot's Telegram username (3 or more letters, digits or _)
config-required-with = required when { $other } is set
config-one-of = expected one of: { $values }
config-at-least = must be { $value } or more
config-at-most = must be at most { $value }
config-integer = expected a whole number
config-number = expected a number
config-url = expected a full address, e.g. https://…
config-invalid-value = not a valid value

## Web console
web-title = Task follow-up — Office of the Provincial People's Committee
web-nav-overview = Overview
web-nav-tasks = Tasks
web-sign-out = Sign out
web-back = Back
web-sign-in-title = Sign in
web-sign-in-help = Type your officer code: the bot sends a 6-digit sign-in code to your linked Telegram or Zalo. Only admins and leaders can sign in.
web-officer-label = Officer code
web-send-code = Send the code
web-code-sent = The bot has sent a 6-digit code to your chat. Type it to sign in (it works for 10 minutes).
web-code-label = Sign-in code
web-sign-in = Sign in
web-code-message = 🔐 Sign-in code for the task follow-up console: { $code } (works for { $minutes } minutes). If you did not ask for it, ignore this message and tell the Office.
web-sign-in-unknown = There is no officer with this code.
web-sign-in-not_allowed = Only admins and leaders can sign in here.
web-sign-in-no_chat = You have not linked Telegram or Zalo with the bot, so it cannot send you a code. Ask the Office for a link code.
web-sign-in-too_many = Several codes were sent in the last 15 minutes. Use the newest one or try again later.
web-sign-in-locked = A wrong code was typed 5 times: signing in is locked for 15 minutes.
web-code-wrong = The code is wrong or has expired. { $left } tries left.
web-open = open tasks
web-overdue = overdue
web-to-confirm = completions to confirm
web-extensions = extension requests to decide
web-failed-messages = messages not delivered
web-search = Code, summary or document number
web-any-status = Any status
web-any-agency = Any agency
web-filter = Filter
web-page = Page { $page } of { $pages }
web-previous = Previous
web-next = Next
web-actions = Actions
web-confirm = Confirm completion
web-reopen = Reopen
web-cancel = Cancel the task
web-reason = Reason (optional)
web-done-xac_nhan = Completion confirmed.
web-done-mo_lai = Task reopened.
web-done-huy = Task cancelled.
web-form-expired-title = Form not accepted
web-form-expired = The form has expired or did not come from this page. Reload the page and try again.
web-not-found-title = Not found
web-not-found = There is no such page or task.
web-not-allowed-title = Not allowed
web-not-allowed = Only admins can do this.
web-action-refused-title = Could not do it
web-nav-report = Report
web-month = Month
web-show = Show
web-download-docx = Download the report (.docx)
web-download-xlsx = Download the appendices (.xlsx)
web-download-png = Download the chart (.png)
web-report-send = Send now to the leadership groups
web-report-queued = The report is queued for { $groups } recipients.
web-nav-import = Import
web-nav-officers = Officers
web-import-help = Choose the kind of list and an .xlsx or .csv (UTF-8) file. The bot checks every row and shows the problems first; nothing is written until you press Import.
web-import-kind = Kind of list
web-import-check = Check the file
web-import-checked = The file has { $rows } data rows; { $bad } rows have problems.
web-import-row = Row
web-import-column = Column
web-import-problem = Problem
web-import-nothing-written = Nothing was written. Fix the file and upload it again, or import the valid rows only.
web-import-go = Import { $rows } rows
web-import-skip = Import { $rows } valid rows, skip { $bad } bad rows
web-import-cancel = Cancel
web-import-another = Import another file
web-upload-too-big = The file is larger than { $mb } MB: split it and upload the parts.
web-upload-bad = The upload could not be read. Choose the .xlsx or .csv file again.
web-upload-kind = Choose the kind of list: agencies, officers or tasks.
web-upload-missing = No file chosen.
web-upload-gone = That file was imported already or has expired: upload it again.
web-name = Full name
web-role = Role
web-channels = Linked channels
web-last-message = Last message received
web-not-linked = not linked
web-link-code = Make a link code
web-link-sheet-agency = Print link slips for this agency's officers not linked yet
web-link-sheet-title = Link slips ({ $count } officers)
web-link-sheet-empty = Every officer of this agency is linked.
web-print = Print
web-link-your-code = Link code:
web-link-telegram = Telegram: scan the QR code, or open the bot and send the code above.
web-link-zalo = Zalo: open the Office's bot on Zalo and send { $code }.
web-link-expires = Works once, until { $date }.
web-month-so-far = This month so far and the year to date (as the monthly report counts)
web-fig-month-assigned = Assigned this month
web-fig-month-due = Due this month
web-fig-month-completed = Completed (of those due)
web-fig-year-assigned = Assigned this year
web-fig-year-completed = Completed this year
web-fig-year-not-completed = Not completed
web-fig-on-time = on time
web-fig-late = late
web-fig-within = within deadline
web-chart = Progress chart
web-extensions-title = Extension requests waiting for a decision
web-overdue-by-agency = Overdue tasks by agency
web-nav-outbox = Messages
web-nav-holidays = Holidays
web-nav-groups = Leadership groups
web-retry-now = Retry now
web-outbox-retry = Queued to be sent again now.
web-outbox-gone = That message was sent or is being sent.
web-holiday-add = Add a holiday
web-holiday-remove = Remove
web-holiday-added = Holiday added.
web-holiday-already = That day is listed already.
web-holiday-removed = Holiday removed.
web-holiday-unknown = That day is not listed.
web-holiday-bad = The date must be dd/mm/yyyy and the holiday needs a name.
web-groups-help = The monthly report goes to these groups. To add one, an admin adds the bot to the group and types /register in it.
web-groups-none = No group is registered yet.
web-group-title = Group name
web-due-by = Due by
web-unreachable = chats that stopped receiving
web-search-officers = Officer name or code
audit-message-retried = message retried
audit-report-sent-now = report sent now
