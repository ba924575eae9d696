# dondoc — tiếng Việt (ngôn ngữ mặc định)

## Trạng thái và hạn

status-open = Đang thực hiện
status-reported = Đã báo hoàn thành (chờ xác nhận)
status-confirmed = Đã hoàn thành
status-cancelled = Đã hủy
deadline-on-time = Hoàn thành đúng hạn
deadline-late = Hoàn thành quá hạn { $days } ngày
deadline-days-left = { $days ->
    [0] Đến hạn hôm nay
   *[other] Còn { $days } ngày
}
deadline-overdue = Quá hạn { $days } ngày
role-officer = Chuyên viên
role-agency_head = Lãnh đạo cơ quan
role-leader = Lãnh đạo UBND
role-admin = Quản trị

## Dòng lệnh

cli-description = dondoc — theo dõi, đôn đốc nhiệm vụ được giao: lệnh quản trị
cli-opt-lang = ngôn ngữ hiển thị (vi hoặc en)
cli-opt-json = in kết quả dạng JSON (cho script)
cli-import = nhập dữ liệu từ tệp .xlsx hoặc .csv
cli-import-agencies = nhập danh sách cơ quan
cli-import-officers = nhập danh sách cán bộ
cli-import-tasks = nhập danh sách nhiệm vụ
cli-opt-skip-invalid = nhập các dòng hợp lệ, bỏ qua và liệt kê các dòng lỗi
cli-export = xuất dữ liệu ra tệp
cli-export-tasks = xuất nhiệm vụ ra tệp .xlsx (kèm kết quả cán bộ đã báo qua bot)
cli-tasks = xem và xử lý nhiệm vụ
cli-tasks-list = liệt kê nhiệm vụ (tất cả, trừ khi có bộ lọc)
cli-tasks-show = xem chi tiết một nhiệm vụ và lịch sử thay đổi
cli-tasks-confirm = xác nhận một nhiệm vụ cán bộ đã báo hoàn thành
cli-tasks-reopen = mở lại một nhiệm vụ đã báo hoặc đã xác nhận hoàn thành
cli-opt-agency = chỉ nhiệm vụ của cơ quan chủ trì này (mã cơ quan)
cli-opt-status = chỉ nhiệm vụ ở trạng thái này
cli-opt-overdue = chỉ nhiệm vụ quá hạn chưa hoàn thành
cli-opt-at = tính hạn tại thời điểm này (YYYY-MM-DD, "YYYY-MM-DD HH:MM" hoặc ISO 8601)
cli-officers = xem cán bộ
cli-officers-list = liệt kê cán bộ và tài khoản chat đã liên kết
cli-link = tạo mã dùng một lần để cán bộ liên kết tài khoản Telegram hoặc Zalo
cli-holidays = quản lý ngày nghỉ lễ (không gửi nhắc việc)
cli-holidays-list = liệt kê ngày nghỉ lễ
cli-holidays-add = thêm ngày nghỉ lễ, ví dụ: holidays add 02/09/2026 Quốc khánh
cli-holidays-remove = xóa một ngày nghỉ lễ
cli-opt-year = chỉ năm này
cli-db = cơ sở dữ liệu
cli-db-migrate = áp dụng các bản cập nhật cấu trúc cơ sở dữ liệu còn thiếu

## Nhập, xuất

import-progress = Đang nhập
import-kind-agencies = cơ quan
import-kind-officers = cán bộ
import-kind-tasks = nhiệm vụ
import-problem = dòng { $row }, cột "{ $column }": { $reason }
import-reason-missing = thiếu giá trị bắt buộc
import-reason-bad_date = ngày không hợp lệ "{ $value }" (dùng dd/mm/yyyy)
import-reason-due_before_assigned = hạn hoàn thành trước ngày giao
import-reason-completed_before_assigned = ngày hoàn thành trước ngày giao
import-reason-unknown_agency = không có cơ quan "{ $value }" (nhập danh sách cơ quan trước)
import-reason-unknown_officer = không có cán bộ "{ $value }"
import-reason-ambiguous_officer = có nhiều cán bộ tên "{ $value }": dùng mã cán bộ
import-reason-duplicate_code = mã "{ $value }" lặp lại trong tệp
import-reason-duplicate_task = nhiệm vụ lặp lại trong tệp (cùng số văn bản và trích yếu)
import-reason-bad_role = vai trò không hợp lệ "{ $value }" (chuyên viên, lãnh đạo cơ quan, lãnh đạo UBND, quản trị)
import-reason-bad_language = ngôn ngữ không hợp lệ "{ $value }" (vi hoặc en)
import-reason-name_taken = tên "{ $value }" đã thuộc về cơ quan khác
import-reason-too_long = nội dung quá dài
import-unknown-columns = Các cột không dùng đến (bỏ qua): { $columns }
import-nothing-imported = Không nhập gì: có { $problems } lỗi ở { $rows } dòng. Sửa tệp rồi nhập lại, hoặc dùng --skip-invalid để nhập các dòng hợp lệ.
import-done = Đã nhập { $kind }: { $rows } dòng — { $created } mới, { $updated } cập nhật, { $unchanged } không đổi, { $skipped } dòng lỗi bỏ qua.
import-refused-not_found = Không mở được tệp: kiểm tra lại đường dẫn.
import-refused-empty = Tệp không có dữ liệu: cần một dòng tiêu đề và ít nhất một dòng dữ liệu.
import-refused-not_spreadsheet = Tệp không phải bảng tính .xlsx hoặc .csv (UTF-8).
import-refused-no_header = Dòng đầu tiên của tệp phải là dòng tiêu đề cột.
import-refused-missing_columns = Tệp thiếu cột bắt buộc { $columns }: có thể nhầm trang tính hoặc nhầm loại danh sách.
export-done = Đã xuất { $count } nhiệm vụ ra { $file }.
export-sheet-tasks = Nhiệm vụ
export-col-reported-by = Người báo hoàn thành
export-col-reported-at = Thời điểm báo hoàn thành
export-col-reported-via = Kênh báo
export-col-report-note = Ghi chú khi báo
export-col-confirmed = Đã xác nhận
export-col-status = Trạng thái
export-yes = Có
export-no = Chưa

## Nhiệm vụ

tasks-none = Không có nhiệm vụ nào.
tasks-count = { $count } nhiệm vụ.
tasks-col-code = Mã
tasks-col-document = Số văn bản
tasks-col-summary = Trích yếu
tasks-col-agency = Cơ quan
tasks-col-officer = Cán bộ phụ trách
tasks-col-due = Hạn
tasks-col-status = Trạng thái
tasks-col-deadline = Tiến độ
task-field-code = Mã nhiệm vụ
task-field-document = Văn bản
task-field-assigned-by = Người giao
task-field-summary = Trích yếu
task-field-content = Nội dung
task-field-agency = Cơ quan chủ trì
task-field-officer = Cán bộ phụ trách
task-field-assigned = Ngày giao
task-field-due = Hạn hoàn thành
task-field-status = Trạng thái
task-field-reported = Báo hoàn thành
task-field-report-note = Ghi chú khi báo
task-field-note = Ghi chú
task-officer-none = (lãnh đạo cơ quan chịu trách nhiệm)
task-original-due = hạn ban đầu
task-history = Lịch sử ({ $count } mục):
task-confirmed = Đã xác nhận hoàn thành nhiệm vụ { $code }.
task-reopened = Đã mở lại nhiệm vụ { $code }.

## Cán bộ, liên kết, ngày nghỉ

officers-none = Chưa có cán bộ nào. Nhập danh sách bằng: dondoc import officers <tệp>
officers-col-code = Mã
officers-col-name = Họ và tên
officers-col-title = Chức vụ
officers-col-agency = Cơ quan
officers-col-role = Vai trò
officers-col-chats = Tài khoản chat
link-issued = Mã liên kết cho { $name }: { $code } (dùng một lần, hết hạn sau { $minutes } phút).
link-how-telegram = Telegram: gửi cho bot lệnh /start { $code }
link-deep-link = hoặc mở liên kết: { $link }
link-how-zalo = Zalo: gửi cho bot tin nhắn { $code }
holidays-none = Chưa có ngày nghỉ lễ nào.
holidays-col-date = Ngày
holidays-col-name = Tên
holiday-added = Đã thêm ngày nghỉ { $date }: { $name }.
holiday-removed = Đã xóa ngày nghỉ { $date }.
db-migrated = Cơ sở dữ liệu { $url }: đã áp dụng { $applied } bản cập nhật mới, tổng cộng { $total }.
db-migration-modified = Cảnh báo: bản cập nhật { $name } đã bị sửa sau khi áp dụng.

## Lỗi

error-unknown-officer = Không có cán bộ mã "{ $code }".
error-unknown-task = Không có nhiệm vụ mã "{ $code }".
error-unknown-holiday = Ngày { $date } không có trong danh sách ngày nghỉ.
error-transition-already_reported = Nhiệm vụ { $code } đã được báo hoàn thành, đang chờ xác nhận.
error-transition-already_confirmed = Nhiệm vụ { $code } đã hoàn thành và đã được xác nhận.
error-transition-not_reported = Nhiệm vụ { $code } chưa được báo hoàn thành.
error-transition-cancelled = Nhiệm vụ { $code } đã bị hủy.
error-transition-not_open = Nhiệm vụ { $code } không còn đang thực hiện.
error-task-changed = Nhiệm vụ { $code } vừa được người khác cập nhật; hãy xem lại rồi thử lại.
error-bad-instant = Thời điểm không hợp lệ "{ $value }": dùng YYYY-MM-DD, "YYYY-MM-DD HH:MM" hoặc ISO 8601.
error-bad-status = Trạng thái không hợp lệ "{ $value }": chọn một trong { $allowed }.
error-bad-date = Ngày không hợp lệ "{ $value }": dùng dd/mm/yyyy.
error-bad-year = Năm không hợp lệ "{ $value }".
error-db-unreachable = Không kết nối được cơ sở dữ liệu: kiểm tra DATABASE_URL và máy chủ cơ sở dữ liệu.
error-unexpected = Đã xảy ra lỗi không mong muốn; chạy lại với LOG_LEVEL=debug để xem chi tiết.
