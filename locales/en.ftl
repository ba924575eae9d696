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
cli-opt-json = print the result as JSON (for scripts)
cli-import = import data from an .xlsx or .csv file
cli-import-agencies = import the list of agencies
cli-import-officers = import the list of officers
cli-import-tasks = import the list of tasks
cli-opt-skip-invalid = import the valid rows, skip and list the bad ones
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
import-reason-too_long = text too long
import-unknown-columns = Columns not used (ignored): { $columns }
import-nothing-imported = Nothing imported: { $problems } problems in { $rows } rows. Fix the file and import again, or use --skip-invalid to import the valid rows.
import-done = Imported { $kind }: { $rows } rows — { $created } new, { $updated } updated, { $unchanged } unchanged, { $skipped } bad rows skipped.
import-refused-not_found = Cannot open the file: check the path.
import-refused-empty = The file has no data: it needs a header row and at least one data row.
import-refused-not_spreadsheet = The file is not an .xlsx or .csv (UTF-8) spreadsheet.
import-refused-no_header = The first row of the file must be the column headers.
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
