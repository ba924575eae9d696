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
cli-opt-verbose = cho biết lệnh dùng cơ sở dữ liệu nào
cli-store = Cơ sở dữ liệu: { $path }
cli-store-new = Lưu ý: chưa có cơ sở dữ liệu ở { $path } — vừa tạo mới, chưa có dữ liệu. Nếu dữ liệu ở nơi khác, đặt DATABASE_URL (xem README).
cli-opt-json = in kết quả dạng JSON (cho script)
cli-import = nhập dữ liệu từ tệp .xlsx hoặc .csv
cli-import-agencies = nhập danh sách cơ quan
cli-import-officers = nhập danh sách cán bộ
cli-import-tasks = nhập danh sách nhiệm vụ
cli-opt-skip-invalid = nhập các dòng hợp lệ, bỏ qua và liệt kê các dòng lỗi
cli-opt-overwrite = khi tệp và bot đã sửa cùng một ô khác nhau (xung đột), lấy giá trị trong tệp
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
import-reason-formula_without_value = ô có công thức nhưng tệp chưa lưu giá trị của nó (mở tệp bằng Excel, lưu lại rồi nhập lại)
import-reason-completed_in_future = ngày hoàn thành ở tương lai
import-reason-date_out_of_range = năm { $value } không hợp lý (từ 2000 đến 2100)
import-reason-too_long = nội dung quá dài
import-warning = Lưu ý: dòng { $row }, cột "{ $column }": { $reason }
import-reason-officer_other_agency = cán bộ "{ $value }" không thuộc cơ quan chủ trì của dòng này — vẫn nhập; nếu nhầm, sửa tệp rồi nhập lại
import-reason-likely_renamed = giống nhiệm vụ { $value } của cùng văn bản, chỉ khác trích yếu: nếu là sửa trích yếu, ghi mã { $value } vào cột "Mã nhiệm vụ" để cập nhật nhiệm vụ đó; nếu là nhiệm vụ mới, ghi cho nó một mã riêng
import-changes = Đã thay đổi ({ $count }):
import-change-line = dòng { $row }, { $key }, { $column }: { $from } → { $to }
import-conflicts = Xung đột — tệp và bot đã sửa khác nhau, giữ giá trị trong bot ({ $count }). Nếu tệp đúng, nhập lại với --overwrite:
import-conflicts-overwritten = Xung đột — tệp và bot đã sửa khác nhau, đã lấy giá trị trong tệp theo --overwrite ({ $count }):
import-conflict-line = dòng { $row }, { $key }, { $column }: trong bot { $from }, trong tệp { $to }
import-kept = Giữ thay đổi đã làm trong bot mà tệp chưa có — nên cập nhật tệp ({ $count }):
import-more = { $count ->
    [one] … và 1 dòng nữa (xem đủ với --json).
   *[other] … và { $count } dòng nữa (xem đủ với --json).
}
import-value-empty = (trống)
import-value-cancelled = đã hủy
import-value-reported = đã báo hoàn thành
import-value-confirmed = đã xác nhận
import-column-status = Trạng thái
import-unknown-columns = Các cột không dùng đến (bỏ qua): { $columns }
import-nothing-imported = Không nhập gì: có { $problems } lỗi ở { $rows } dòng. Sửa tệp rồi nhập lại, hoặc dùng --skip-invalid để nhập các dòng hợp lệ.
import-done = Đã nhập { $kind }: { $rows } dòng — { $created } mới, { $updated } cập nhật, { $unchanged } không đổi, { $skipped } dòng lỗi bỏ qua.
import-refused-not_found = Không mở được tệp: kiểm tra lại đường dẫn.
import-refused-empty = Tệp không có dữ liệu: cần một dòng tiêu đề và ít nhất một dòng dữ liệu.
import-refused-not_spreadsheet = Tệp không phải bảng tính .xlsx hoặc .csv (UTF-8).
import-refused-no_header = Dòng đầu tiên của tệp phải là dòng tiêu đề cột.
import-refused-csv_encoding = Tệp CSV không ở dạng UTF-8 (có thể là Windows-1258/ANSI): mở tệp bằng Excel, chọn Lưu thành → "CSV UTF-8 (Comma delimited)", rồi nhập lại.
import-refused-zip_not_xlsx = Tệp là tệp nén nhưng không phải bảng tính .xlsx (có thể là tệp .docx hoặc .zip đổi tên): hãy chọn đúng tệp Excel.
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

## Bot: nhắc việc

bot-due = Hạn: { $due }
bot-button-done = ✅ Đã hoàn thành { $code }
bot-reminder-title = 🔔 Nhắc việc ngày { $date }
bot-reminder-overdue = ⚠️ { $count } nhiệm vụ đã quá hạn:
bot-reminder-upcoming = ⏳ { $count } nhiệm vụ sắp đến hạn:
bot-reminder-escalated = 📌 { $count } nhiệm vụ của { $agency } quá hạn nhiều ngày (để lãnh đạo cơ quan đôn đốc):
bot-reminder-how-numbered = Khi xong, trả lời số tương ứng bên dưới, hoặc gửi "đã hoàn thành { $code }".
bot-reminder-how = Khi xong, bấm nút bên dưới hoặc trả lời tin nhắn này "đã hoàn thành" (hoặc "đã hoàn thành { $code }").

## Bot: liên kết tài khoản

bot-welcome-unlinked = Xin chào! Đây là bot theo dõi, đôn đốc nhiệm vụ của Văn phòng UBND tỉnh. Để nhận nhắc việc, hãy gửi mã liên kết mà Văn phòng cấp cho anh/chị (ví dụ: /start ABCD2345).
bot-not-linked = Tài khoản chat này chưa được liên kết với cán bộ nào. Xin mã liên kết từ Văn phòng UBND tỉnh rồi gửi mã đó cho bot.
bot-link-invalid = Mã liên kết không đúng. Kiểm tra lại mã (8 ký tự) hoặc xin mã mới từ Văn phòng.
bot-link-expired = Mã liên kết đã hết hạn. Xin Văn phòng cấp mã mới.
bot-link-used = Mã liên kết này đã được dùng. Mỗi mã chỉ dùng một lần; xin Văn phòng cấp mã mới.
bot-link-too_many_attempts = Đã nhập sai mã quá nhiều lần. Vui lòng thử lại sau 15 phút.
bot-linked = ✅ Đã liên kết tài khoản với cán bộ { $name }. Từ nay anh/chị sẽ nhận nhắc việc tại đây.
bot-help =
    Anh/chị có thể:
    • trả lời "đã hoàn thành" (kèm mã nhiệm vụ nếu cần, ví dụ "đã hoàn thành NV-2026-0123") để báo hoàn thành;
    • thêm ghi chú sau dấu phẩy: "đã hoàn thành, đã ban hành VB 123/SXD-KH";
    • gửi "xin gia hạn đến 15/07/2026 vì …" để đề nghị gia hạn;
    • /nhiemvu — xem các nhiệm vụ đang thực hiện;
    • /ngonngu en — chuyển sang tiếng Anh.
bot-help-leader =
    Lãnh đạo còn có thể:
    • /baocao [tháng/năm] — xem báo cáo tháng;
    • /giahan — các đề nghị gia hạn chờ quyết định;
    • /nhanbaocao co|khong — nhận báo cáo tháng qua tin nhắn riêng.
bot-help-admin =
    Quản trị còn có thể:
    • /choxacnhan — các báo hoàn thành chờ Văn phòng xác nhận;
    • /nhacviec — chạy nhắc việc ngay;
    • /dangky — (gõ trong nhóm) đăng ký nhóm nhận báo cáo tháng.
bot-pending-for-admin = Đang chờ anh/chị: { $reported } báo hoàn thành cần xác nhận (/choxacnhan), { $extensions } đề nghị gia hạn (/giahan).

## Bot: báo hoàn thành

bot-button-yes-done = ✅ Đúng, đã hoàn thành { $code }
bot-button-cancel = ✖ Không, hủy
bot-ask-confirm-one = Anh/chị báo đã hoàn thành nhiệm vụ { $code }, đúng không?
bot-ask-which = Anh/chị đang có { $count } nhiệm vụ. Nhiệm vụ nào đã hoàn thành?
bot-ask-which-code = Có { $count } nhiệm vụ khớp với "{ $typed }". Anh/chị chọn nhiệm vụ nào?
bot-ask-which-extension = Anh/chị đề nghị gia hạn nhiệm vụ nào?
bot-task-not-found = Không tìm thấy nhiệm vụ "{ $code }" trong các nhiệm vụ của anh/chị. Gõ /nhiemvu để xem danh sách.
bot-no-open-tasks = Anh/chị hiện không có nhiệm vụ nào đang thực hiện.
bot-task-gone = Nhiệm vụ này không còn trong hệ thống.
bot-report-refused = Anh/chị không phải cán bộ phụ trách nhiệm vụ { $code }, nên không thể báo hoàn thành nhiệm vụ này. Nếu có nhầm lẫn, xin liên hệ Văn phòng UBND tỉnh.
bot-report-already-reported = Nhiệm vụ { $code } đã được báo hoàn thành trước đó và đang chờ Văn phòng xác nhận.
bot-report-already-confirmed = Nhiệm vụ { $code } đã hoàn thành và đã được xác nhận.
bot-report-already-cancelled = Nhiệm vụ { $code } đã bị hủy.
bot-reported = ✅ Đã ghi nhận: nhiệm vụ { $code } ({ $summary }) hoàn thành ngày { $date } — { $standing }. Văn phòng UBND tỉnh sẽ xác nhận.
bot-reported-confirmed = ✅ Đã ghi nhận: nhiệm vụ { $code } ({ $summary }) hoàn thành ngày { $date } — { $standing }.
bot-ask-confirm-done = Anh/chị xác nhận đã hoàn thành nhiệm vụ { $code }?
bot-ask-confirm-done-which = Anh/chị xác nhận đã hoàn thành nhiệm vụ nào? Nếu chưa hoàn thành, chọn "Không".
bot-button-yes = ✅ Có
bot-button-no = ✖ Không
bot-confirm-no = Chưa ghi nhận hoàn thành nhiệm vụ { $code }: nhiệm vụ vẫn đang thực hiện. Khi xong, anh/chị trả lời "đã hoàn thành".
bot-not-done-negated = Chưa ghi nhận hoàn thành: nhiệm vụ vẫn đang thực hiện. Khi xong, anh/chị trả lời "đã hoàn thành". Nếu cần thêm thời gian, gửi "xin gia hạn đến dd/mm/yyyy vì …".
bot-not-done-rhetorical = Chưa ghi nhận hoàn thành: nhiệm vụ vẫn đang thực hiện. Nếu gặp khó khăn hoặc cần thêm thời gian, anh/chị gửi "xin gia hạn đến dd/mm/yyyy vì …".
bot-not-done-plan = Chưa ghi nhận hoàn thành: đây là kế hoạch, nhiệm vụ vẫn đang thực hiện. Khi xong thật sự, anh/chị trả lời "đã hoàn thành". Nếu cần lùi hạn, gửi "xin gia hạn đến dd/mm/yyyy vì …".
bot-not-done-condition = Chưa ghi nhận hoàn thành: nhiệm vụ vẫn đang thực hiện. Khi xong, anh/chị chỉ cần trả lời "đã hoàn thành" vào tin nhắc việc.
bot-not-done-question = Chưa ghi nhận hoàn thành. Để báo xong việc, anh/chị trả lời "đã hoàn thành" vào tin nhắc việc, hoặc gửi "đã hoàn thành NV-…" kèm mã nhiệm vụ, hoặc bấm nút "✅ Đã hoàn thành". Gõ /nhiemvu để xem các nhiệm vụ.
bot-not-done-hearsay = Chưa ghi nhận hoàn thành: bot chỉ ghi nhận khi chính cán bộ phụ trách báo đã hoàn thành. Nếu anh/chị đã kiểm tra và nhiệm vụ đã xong, trả lời "đã hoàn thành".
bot-not-done-partial = Chưa ghi nhận hoàn thành: đã rõ tiến độ, nhiệm vụ vẫn được tính là đang thực hiện. Khi xong hẳn, anh/chị trả lời "đã hoàn thành".
bot-not-done-difficulty = Chưa ghi nhận hoàn thành: nhiệm vụ vẫn đang thực hiện. Nếu cần thêm thời gian, anh/chị gửi "xin gia hạn đến dd/mm/yyyy vì …" để Văn phòng xem xét.
bot-acknowledged = Cảm ơn anh/chị. Khi xong việc, anh/chị trả lời "đã hoàn thành" để bot ghi nhận.
bot-empty = Bot không thấy chữ nào trong tin nhắn. Để báo xong việc, trả lời "đã hoàn thành"; gõ /trogiup để xem hướng dẫn.
bot-too-long = Tin nhắn dài { $length } ký tự, quá { $limit } ký tự bot đọc được: chưa ghi nhận gì. Xin gửi ngắn gọn, ví dụ "đã hoàn thành NV-… , ghi chú ngắn"; tài liệu dài xin gửi Văn phòng UBND tỉnh qua hệ thống quản lý nhiệm vụ.
bot-unclear = Bot chưa hiểu ý anh/chị. Để báo xong việc, trả lời "đã hoàn thành"; để xin gia hạn, gửi "xin gia hạn đến dd/mm/yyyy vì …". Gõ /trogiup để xem hướng dẫn.
bot-choice-none = Không có lựa chọn số { $number } nào đang chờ trả lời.
bot-cancelled = Đã hủy, không có gì thay đổi.
bot-button-stale = Lựa chọn này không còn hiệu lực.
bot-media = Bot chưa đọc được ảnh, nhãn dán hay tin nhắn thoại. Xin gửi bằng chữ, ví dụ "đã hoàn thành".
bot-unsupported-content = Bot không xem được nội dung tin nhắn này. Xin gửi bằng chữ, hoặc báo Văn phòng UBND tỉnh qua điện thoại hay hệ thống quản lý nhiệm vụ.
bot-officer-inactive = Tài khoản cán bộ của anh/chị đã ngừng hoạt động. Xin liên hệ Văn phòng UBND tỉnh.
bot-error = Xin lỗi, bot gặp sự cố khi xử lý tin nhắn. Anh/chị vui lòng thử lại sau ít phút.

## Bot: gia hạn

bot-extension-need-date = Xin cho biết hạn mới, ví dụ: "xin gia hạn đến 15/07/2026 vì chờ ý kiến các sở".
bot-extension-bad-date = Ngày "{ $value }" không hợp lệ. Xin ghi theo dạng dd/mm/yyyy.
bot-extension-refused = Chỉ cán bộ phụ trách mới đề nghị gia hạn được nhiệm vụ này.
bot-extension-not-open = Nhiệm vụ này không còn đang thực hiện nên không cần gia hạn.
bot-extension-not-later = Hạn mới phải sau hạn hiện tại ({ $due }).
bot-extension-already = Nhiệm vụ này đã có đề nghị gia hạn đến { $date } đang chờ xem xét.
bot-extension-filed = 📨 Đã gửi đề nghị gia hạn nhiệm vụ { $code } đến { $date }. Văn phòng UBND tỉnh sẽ xem xét và báo lại.
bot-extension-filed-unseen = 📨 Đã ghi nhận đề nghị gia hạn nhiệm vụ { $code } đến { $date }, nhưng hiện chưa có cán bộ Văn phòng nào nhận tin qua bot: xin báo thêm Văn phòng UBND tỉnh qua điện thoại để đề nghị được xem xét sớm.
bot-extension-to-admin = 📨 { $name } đề nghị gia hạn nhiệm vụ { $code } (hạn hiện tại { $due }) đến { $date }. Lý do: { $reason }
bot-button-approve = ✅ Đồng ý
bot-button-refuse = ✖ Không đồng ý
bot-extension-already-decided = Đề nghị này đã được xử lý trước đó.
bot-extension-approved-admin = Đã đồng ý gia hạn nhiệm vụ { $code } đến { $date }.
bot-extension-refused-admin = Đã không đồng ý gia hạn nhiệm vụ { $code }.
bot-extension-approved = ✅ Văn phòng đã đồng ý gia hạn nhiệm vụ { $code } đến { $date }.
bot-extension-declined = Văn phòng không đồng ý gia hạn nhiệm vụ { $code } đến { $date }; hạn cũ vẫn giữ nguyên.

## Bot: lệnh

bot-admin-only = Lệnh này chỉ dành cho quản trị viên của Văn phòng UBND tỉnh.
bot-unknown-command = Bot không có lệnh này. Gõ /trogiup để xem hướng dẫn.
bot-tasks-title = 📋 Anh/chị có { $count } nhiệm vụ đang thực hiện:
bot-tasks-more = … và { $count } nhiệm vụ khác: gõ /nhiemvu { $next } để xem tiếp, /nhiemvu <từ khóa> để tìm, hoặc gửi "đã hoàn thành" kèm mã nhiệm vụ.
bot-tasks-no-page = Không có trang { $page }: danh sách có { $pages } trang.
bot-tasks-search-title = 🔎 { $count } nhiệm vụ đang thực hiện khớp với "{ $words }":
bot-tasks-search-more = … và { $count } nhiệm vụ nữa: thêm từ để thu hẹp.
bot-tasks-search-none = Không có nhiệm vụ đang thực hiện nào khớp với "{ $words }". Gõ /nhiemvu để xem cả danh sách.
bot-language-usage = Dùng: /ngonngu vi hoặc /ngonngu en
bot-language-set = Đã chuyển sang tiếng Việt.
bot-pending-none = Không có nhiệm vụ nào chờ xác nhận.
bot-pending-title = Có { $count } nhiệm vụ cán bộ đã báo hoàn thành, chờ xác nhận:
bot-pending-item =
    { $code } — { $summary }
    Cơ quan: { $agency }; báo bởi { $who } ngày { $date } (hạn { $due })
    Ghi chú: { $note }
bot-button-confirm = ✅ Xác nhận
bot-button-reopen = ↩ Mở lại
bot-reopened-to-officer = Văn phòng đã mở lại nhiệm vụ { $code }: nhiệm vụ chưa được tính là hoàn thành. Xin liên hệ Văn phòng nếu cần trao đổi.
bot-extensions-none = Không có đề nghị gia hạn nào đang chờ.
bot-remind-non-working-day = Hôm nay không phải ngày làm việc: không gửi nhắc việc.
bot-remind-done = Đã xếp { $messages } tin nhắc việc để gửi ({ $already } mục đã gửi trước đó; { $unreachable } cán bộ chưa liên kết tài khoản chat).
bot-register-in-group = Lệnh /dangky dùng trong nhóm lãnh đạo để đăng ký nhóm nhận báo cáo.
bot-register-admin-only = Chỉ quản trị viên đã liên kết tài khoản mới đăng ký được nhóm.
bot-register-already = Nhóm này đã được đăng ký là nhóm lãnh đạo.
bot-register-done = ✅ Đã đăng ký nhóm này là nhóm lãnh đạo: nhóm sẽ nhận báo cáo hằng tháng.
bot-group-help = Trong nhóm, bot nhận lệnh /dangky (quản trị viên đăng ký nhóm lãnh đạo). Cán bộ báo hoàn thành nhiệm vụ trong tin nhắn riêng với bot.
bot-notice-unreachable = ⚠️ Không gửi được tin nhắn cho { $who } qua { $channel } ({ $reason }). Tài khoản được đánh dấu không liên lạc được cho đến khi người đó nhắn lại cho bot.
bot-notice-gave-up = ⚠️ Có tin nhắn không gửi được qua { $channel } (gần nhất: cho { $who }, lỗi { $error }). Các tin khác không gửi được trong giờ này không được báo riêng; xem bằng lệnh: dondoc outbox list --status failed
bot-menu-nhiemvu = Nhiệm vụ đang thực hiện của tôi
bot-menu-trogiup = Hướng dẫn sử dụng
bot-menu-ngonngu = Đổi ngôn ngữ (vi/en)
bot-menu-choxacnhan = Quản trị: nhiệm vụ chờ xác nhận
bot-menu-giahan = Quản trị: đề nghị gia hạn
bot-menu-nhacviec = Quản trị: gửi nhắc việc ngay
bot-menu-dangky = Quản trị: đăng ký nhóm lãnh đạo

## Console

console-welcome = dondoc — bản chạy thử trong cửa sổ dòng lệnh (không cần token). Gõ /la <mã> để đổi cán bộ, /quet [YYYY-MM-DD] để chạy nhắc việc, /mau để nạp dữ liệu mẫu, /thoat để thoát.
console-store = Cơ sở dữ liệu: { $path }
console-store-new = Cơ sở dữ liệu: { $path } — mới tạo, chưa có dữ liệu. (Dữ liệu thật ở nơi khác? Thoát bằng /thoat rồi đặt DATABASE_URL.)
console-no-data = Chưa có cán bộ nào. Gõ /mau để nạp dữ liệu mẫu (hoặc nhập từ tệp: npm run cli -- import officers <tệp>).
console-pick = Anh/chị là ai? Gõ số hoặc mã cán bộ:
console-no-such-officer = Không có cán bộ "{ $who }".
console-now = Bây giờ anh/chị là { $name } ({ $code }). Thử gõ: /nhiemvu, "đã hoàn thành", "xin gia hạn đến 30/12/2026 vì …".
console-now-admin = Bây giờ anh/chị là { $name } ({ $code }), quản trị. Thử gõ: /choxacnhan, /giahan, /nhacviec, /baocao, /trogiup.
console-now-leader = Bây giờ anh/chị là { $name } ({ $code }), lãnh đạo. Thử gõ: /baocao, /giahan, /trogiup.
console-sample-loaded = Đã nạp dữ liệu mẫu: 4 cơ quan, 7 cán bộ, { $tasks } nhiệm vụ.

## Dòng lệnh: nhắc việc, dữ liệu mẫu, hàng đợi gửi

cli-remind = chạy đợt nhắc việc (mặc định: bây giờ); bot đang chạy sẽ gửi trong vài giây
cli-opt-dry-run = chỉ in ra sẽ nhắc ai, việc gì; không xếp tin nào để gửi
cli-sample = nạp dữ liệu mẫu (4 cơ quan, 7 cán bộ, 6 nhiệm vụ quanh ngày hôm nay) để dùng thử
cli-outbox = hàng đợi tin nhắn gửi đi
cli-outbox-list = liệt kê tin nhắn gần đây (tin gửi lỗi: --status failed)
remind-col-officer = Cán bộ
remind-col-channel = Kênh
remind-col-tasks = Nhiệm vụ
remind-not-linked = (chưa liên kết)
remind-kind-before = sắp đến hạn
remind-kind-overdue = quá hạn
remind-kind-escalation = báo lãnh đạo cơ quan
remind-dry-run = Chạy thử ngày { $day }: { $planned } mục nhắc việc ({ $already } mục đã gửi trước đó). Không có tin nào được xếp để gửi.
sample-next = Tiếp theo: npm start, rồi chọn một cán bộ để trò chuyện với bot.
outbox-none = Hàng đợi trống.
outbox-col-id = Số
outbox-col-kind = Loại
outbox-col-channel = Kênh
outbox-col-status = Trạng thái
outbox-col-attempts = Lần gửi
outbox-col-created = Tạo lúc
outbox-col-sent = Gửi lúc
outbox-col-error = Lỗi gần nhất
outbox-kind-reminder = nhắc hạn
outbox-kind-escalation = báo quá hạn
outbox-kind-reply = trả lời
outbox-kind-notice = thông báo
outbox-kind-report = báo cáo tháng
outbox-status-pending = chờ gửi
outbox-status-sending = đang gửi
outbox-status-sent = đã gửi
outbox-status-failed = không gửi được
outbox-status-cancelled = đã bỏ
audit-task-imported = nhập từ bảng tính
audit-task-updated-by-import = cập nhật từ bảng tính
audit-task-reported = báo hoàn thành
audit-task-report-refused = từ chối báo hoàn thành (không phụ trách)
audit-task-confirmed = xác nhận hoàn thành
audit-task-reopened = mở lại
audit-task-cancelled = hủy
audit-task-extended = gia hạn
audit-extension-requested = đề nghị gia hạn
audit-extension-refused = từ chối gia hạn
bot-reminder-more = … và { $count } nhiệm vụ khác (gõ /nhiemvu để xem tất cả).

## Báo cáo tháng (câu chữ theo báo cáo mẫu của Văn phòng UBND tỉnh)

report-title = BÁO CÁO
report-subtitle = Kết quả rà soát, tổng hợp tiến độ thực hiện các nhiệm vụ đã giao đến hết ngày { $to }
report-section1 = 1. Tiến độ thực hiện nhiệm vụ
report-month = Trong tháng { $month }/{ $year }, UBND tỉnh, Chủ tịch, các Phó Chủ tịch UBND tỉnh đã giao các sở, ban, ngành, UBND các huyện, thành phố tổng số { $assigned } nhiệm vụ. Có { $due } nhiệm vụ giao có thời hạn phải hoàn thành trong tháng { $month }, đã hoàn thành { $completed } nhiệm vụ, trong đó: { $onTime } nhiệm vụ hoàn thành đúng hạn (chiếm { $onTimeShare }) và có { $late } nhiệm vụ hoàn thành quá hạn (chi tiết nhiệm vụ quá hạn tại phụ lục số 1 kèm theo).
report-year = Lũy kế từ ngày { $from } đến hết ngày { $to }, UBND tỉnh, Chủ tịch, các Phó Chủ tịch UBND tỉnh đã giao các sở, ban, ngành, UBND các huyện, thành phố tổng số { $assigned } nhiệm vụ: đã hoàn thành { $completed } nhiệm vụ (đạt { $completedShare }), bao gồm { $onTime } nhiệm vụ đúng hạn (chiếm { $onTimeShare }), { $late } nhiệm vụ quá hạn (chiếm { $lateShare }); còn { $notCompleted } nhiệm vụ chưa hoàn thành (chiếm { $notCompletedShare }), trong đó { $within } nhiệm vụ còn thời hạn, { $overdue } nhiệm vụ quá thời hạn (chi tiết nhiệm vụ quá hạn chưa hoàn thành tại phụ lục số 2 kèm theo).
report-in-progress = (Số liệu tạm tính: tháng { $month }/{ $year } chưa kết thúc.)
report-appendix1 = Phụ lục số 1: { $count } nhiệm vụ hoàn thành quá hạn trong tháng { $month }/{ $year }
report-appendix2 = Phụ lục số 2: { $count } nhiệm vụ quá hạn chưa hoàn thành
report-appendix3 = Phụ lục số 3: { $count } nhiệm vụ cán bộ đã báo hoàn thành, chờ Văn phòng xác nhận
report-appendix-row = { $n }. { $code }{ $doc } — { $summary } — { $agency } — hạn { $due }{ $late }
report-appendix-late = , quá { $days } ngày
report-appendix-more = … và { $count } nhiệm vụ khác (xem tệp đính kèm)
report-files = Kèm theo: báo cáo (.docx), phụ lục (.xlsx), biểu đồ theo cơ quan.
report-chart-title = Tiến độ nhiệm vụ theo cơ quan — lũy kế đến hết ngày { $to }
report-series-on-time = Hoàn thành đúng hạn
report-series-late = Hoàn thành quá hạn
report-series-within = Chưa hoàn thành, còn hạn
report-series-overdue = Quá hạn chưa hoàn thành
report-col-n = STT
report-col-code = Mã nhiệm vụ
report-col-document = Số, ký hiệu văn bản
report-col-document-date = Ngày văn bản
report-col-summary = Trích yếu nội dung nhiệm vụ
report-col-assigned-by = Người giao
report-col-agency = Cơ quan chủ trì
report-col-officer = Cán bộ phụ trách
report-col-due = Hạn hoàn thành
report-col-original-due = Hạn ban đầu
report-col-completed = Ngày hoàn thành / báo hoàn thành
report-col-days-late = Số ngày quá hạn
report-col-assigned = Số nhiệm vụ giao
report-sheet-agencies = Theo cơ quan
report-sheet-appendix = Phụ lục { $n }
report-recipients = Nơi nhận:
report-number = Số: { $number }
report-place-date = { $place }, ngày { $day } tháng { $month } năm { $year }
report-motto-1 = CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
report-motto-2 = Độc lập - Tự do - Hạnh phúc
report-none = Không có nhiệm vụ nào.
bot-baocao-usage = Dùng: /baocao (tháng này) hoặc /baocao 6/2020.
bot-baocao-refused = Báo cáo tháng chỉ dành cho lãnh đạo, quản trị viên, hoặc trong nhóm lãnh đạo đã đăng ký.
cli-report = báo cáo tháng (mặc định: tháng trước) ra màn hình hoặc tệp; "report send" gửi cho các nhóm lãnh đạo
cli-opt-month = tháng báo cáo, ví dụ 2020-06 hoặc 6/2020
cli-opt-format = định dạng
cli-opt-out = ghi ra tệp này
cli-opt-printed = ngày ký ghi trên văn bản (mặc định: hôm nay)
report-written = Đã ghi { $file }.
report-queued = Đã xếp báo cáo để gửi tới { $groups } nơi nhận ({ $already } nơi đã nhận trước đó). Bot đang chạy sẽ gửi trong vài giây.
error-bad-month = Tháng không hợp lệ "{ $value }": dùng 2020-06 hoặc 6/2020.
error-bad-format = Định dạng không hợp lệ "{ $value }": chọn một trong { $allowed }.
error-bad-report-action = Không có lệnh "report { $value }": dùng "report" hoặc "report send".
bot-nhanbaocao-usage = Dùng: /nhanbaocao on (nhận báo cáo tháng trong tin nhắn riêng) hoặc /nhanbaocao off.
bot-nhanbaocao-on = Từ tháng này anh/chị sẽ nhận báo cáo tháng trong tin nhắn riêng.
bot-nhanbaocao-off = Anh/chị sẽ không nhận báo cáo tháng trong tin nhắn riêng nữa.
bot-menu-baocao = Báo cáo tháng (vd: /baocao 6/2020)
bot-menu-nhanbaocao = Nhận báo cáo tháng riêng (on/off)
bot-notice-zalo-cannot-join-groups = ⚠️ Bot Zalo chưa được phép tham gia nhóm (can_join_groups = false): bot sẽ không nhận lệnh trong nhóm lãnh đạo Zalo và không gửi báo cáo tháng vào nhóm. Bật quyền tham gia nhóm cho bot trong Zalo Bot Creator.
bot-notice-channel-disabled = ⚠️ Kênh { $channel } đã ngừng: nền tảng từ chối token của bot ({ $reason }). Kiểm tra lại token trong cấu hình rồi khởi động lại bot.
bot-channel-usage = Dùng: /kenh <tên kênh> để chọn nơi nhận nhắc việc. Anh/chị đã liên kết: { $channels }.
bot-channel-set = Từ nay nhắc việc sẽ gửi qua { $channel }.
bot-menu-kenh = Chọn kênh nhận nhắc việc (telegram/zalo)
cli-tasks-cancel = hủy một nhiệm vụ (không nhắc nữa, không tính vào báo cáo)
task-cancelled = Đã hủy nhiệm vụ { $code }.

## CLI: understand

cli-understand = cho biết bot hiểu một tin nhắn thế nào (hoàn thành, hỏi lại, chưa hoàn thành…)
cli-opt-understand-file = đọc từ tệp, mỗi dòng một tin nhắn
error-understand-usage = Thiếu tin nhắn: dondoc understand "đã hoàn thành" hoặc --file <tệp>.
error-file-unreadable = Không đọc được tệp "{ $file }".
understand-outcome = Kết quả
understand-reason = Vì sao
understand-codes = Mã nhiệm vụ
understand-note = Ghi chú
understand-date = Gia hạn đến
understand-bad-date = Ngày không hợp lệ
understand-extension-reason = Lý do
understand-complete = ghi nhận hoàn thành ngay
understand-maybe_complete = hỏi lại "Anh/chị xác nhận đã hoàn thành …? [Có] [Không]"; chỉ "Có" mới ghi nhận
understand-not_done = chưa hoàn thành (không ghi nhận)
understand-acknowledged = đã xem / cảm ơn (không ghi nhận)
understand-extension = đề nghị gia hạn
understand-choice = chọn một mục trong danh sách
understand-yes = đồng ý (trả lời câu hỏi đang chờ)
understand-no = không (trả lời câu hỏi đang chờ)
understand-empty = không có chữ
understand-unclear = chưa hiểu: bot hướng dẫn cách báo
understand-reason-negated = có lời phủ định ("chưa", "không")
understand-reason-rhetorical = phủ định bằng câu hỏi tu từ ("đâu mà xong", "còn lâu mới xong")
understand-reason-plan = kế hoạch, hứa hẹn, thời điểm sắp tới
understand-reason-condition = điều kiện ("khi nào", "nếu", "thì")
understand-reason-question = câu hỏi
understand-reason-hearsay = nghe người khác nói
understand-reason-partial = mới xong một phần, hoặc còn chờ
understand-reason-difficulty = gặp khó khăn, không kịp
understand-doubt-uncertain = chưa chắc chắn ("chắc", "hình như")
understand-doubt-wording = chưa nói rõ là đã xong
understand-doubt-no_diacritics = viết không dấu, có từ đọc được hai nghĩa
understand-doubt-note = phần ghi chú có ý chưa rõ
understand-doubt-long = tin nhắn dài, cần hỏi lại cho chắc
error-sample-not-empty = Không nạp dữ liệu mẫu: cơ sở dữ liệu này đã có { $count } cơ quan, cán bộ hoặc nhiệm vụ thật, và dữ liệu mẫu sẽ ghi đè lên chúng. Để dùng thử, hãy chạy trên một cơ sở dữ liệu riêng, ví dụ: DATABASE_URL=file:./data/dung-thu.db npm start
error-cannot-write = Không ghi được tệp "{ $file }": thư mục không tồn tại, không có quyền ghi, hoặc đó là một thư mục.
error-export-xlsx-only = Tệp xuất phải là .xlsx (bảng tính Excel): "{ $file }".
bot-extension-task-closed = Nhiệm vụ { $code } đã được báo hoàn thành hoặc không còn đang thực hiện: đề nghị gia hạn không còn cần xử lý.
error-unknown-agency = Không có cơ quan mã "{ $code }". Xem danh sách: dondoc agencies list
cli-agencies = xem cơ quan
cli-agencies-list = liệt kê cơ quan (mã và tên)
agencies-none = Chưa có cơ quan nào. Nhập bằng: dondoc import agencies <tệp>
agencies-col-code = Mã
agencies-col-name = Tên cơ quan
holiday-already = Ngày { $date } ({ $name }) đã có trong danh sách ngày nghỉ: không có gì thay đổi.
error-future-month = Tháng { $month } chưa bắt đầu: chưa có gì để báo cáo.
cli-help-after-error = (gõ --help để xem cách dùng)
cli-help-option = xem hướng dẫn của lệnh
cli-help-command = xem hướng dẫn của một lệnh
cli-title-usage = Cách dùng
cli-title-options = Tùy chọn
cli-title-commands = Lệnh
cli-title-arguments = Tham số
cli-title-global-options = Tùy chọn chung

## Configuration (.env or the environment)
config-invalid = Cấu hình chưa đúng (tệp .env hoặc biến môi trường), sửa rồi chạy lại —
config-time-of-day = phải có dạng GIỜ:PHÚT, ví dụ 08:00
config-database-url = phải là file:<đường dẫn> (SQLite) hoặc postgresql://… (PostgreSQL)
config-time-zone = không phải múi giờ IANA, ví dụ Asia/Ho_Chi_Minh
config-days-before = phải là các số ngày cách nhau bằng dấu phẩy, ví dụ 3,1,0
config-telegram-token = phải là mã BotFather cấp, dạng <số>:<chữ>
config-zalo-token = phải là mã Zalo cấp, dạng <mã bot>:<mã bí mật>
config-webhook-secret = phải gồm 8–256 ký tự A-Z, a-z, 0-9, _ và -
config-bot-username = phải là tên bot trên Telegram (ít nhất 3 chữ, số hoặc _)
config-required-with = bắt buộc khi có { $other }
config-one-of = phải là một trong: { $values }
config-at-least = phải từ { $value } trở lên
config-at-most = phải không quá { $value }
config-integer = phải là số nguyên
config-number = phải là một số
config-url = phải là địa chỉ đầy đủ, ví dụ https://…
config-invalid-value = giá trị không hợp lệ

## Web console
web-title = Theo dõi nhiệm vụ — Văn phòng UBND tỉnh
web-nav-overview = Tổng quan
web-nav-tasks = Nhiệm vụ
web-sign-out = Đăng xuất
web-back = Quay lại
web-sign-in-title = Đăng nhập
web-sign-in-help = Nhập mã cán bộ của anh/chị: bot sẽ gửi mã đăng nhập 6 chữ số vào Telegram hoặc Zalo đã liên kết. Chỉ quản trị và lãnh đạo đăng nhập được.
web-officer-label = Mã cán bộ
web-send-code = Gửi mã
web-code-sent = Bot đã gửi mã 6 chữ số vào tài khoản chat của anh/chị. Nhập mã để đăng nhập (mã dùng được 10 phút).
web-code-label = Mã đăng nhập
web-sign-in = Đăng nhập
web-code-message = 🔐 Mã đăng nhập trang theo dõi nhiệm vụ: { $code } (dùng được { $minutes } phút). Nếu anh/chị không yêu cầu, hãy bỏ qua tin này và báo Văn phòng.
web-sign-in-unknown = Không có cán bộ với mã này.
web-sign-in-not_allowed = Chỉ quản trị và lãnh đạo đăng nhập được trang này.
web-sign-in-no_chat = Anh/chị chưa liên kết Telegram hoặc Zalo với bot, nên bot không gửi được mã. Xin Văn phòng cấp mã liên kết.
web-sign-in-too_many = Đã gửi nhiều mã trong 15 phút qua. Xin dùng mã mới nhất hoặc thử lại sau.
web-sign-in-locked = Đã nhập sai mã 5 lần: đăng nhập bị khóa 15 phút.
web-code-wrong = Mã không đúng hoặc đã hết hạn. Còn { $left } lần thử.
web-open = nhiệm vụ đang thực hiện
web-overdue = quá hạn
web-to-confirm = báo hoàn thành chờ xác nhận
web-extensions = đề nghị gia hạn chờ quyết định
web-failed-messages = tin không gửi được
web-search = Mã, trích yếu hoặc số văn bản
web-any-status = Mọi trạng thái
web-any-agency = Mọi cơ quan
web-filter = Lọc
web-page = Trang { $page }/{ $pages }
web-previous = Trang trước
web-next = Trang sau
web-actions = Xử lý
web-confirm = Xác nhận hoàn thành
web-reopen = Mở lại
web-cancel = Hủy nhiệm vụ
web-reason = Lý do (không bắt buộc)
web-done-xac_nhan = Đã xác nhận hoàn thành.
web-done-mo_lai = Đã mở lại nhiệm vụ.
web-done-huy = Đã hủy nhiệm vụ.
web-form-expired-title = Biểu mẫu không hợp lệ
web-form-expired = Biểu mẫu đã hết hạn hoặc không gửi từ trang này. Tải lại trang rồi thử lại.
web-not-found-title = Không tìm thấy
web-not-found = Không có trang hoặc nhiệm vụ này.
web-not-allowed-title = Không có quyền
web-not-allowed = Chỉ quản trị mới làm được việc này.
web-action-refused-title = Không thực hiện được
web-nav-report = Báo cáo
web-month = Tháng
web-show = Xem
web-download-docx = Tải báo cáo (.docx)
web-download-xlsx = Tải phụ lục (.xlsx)
web-download-png = Tải biểu đồ (.png)
web-report-send = Gửi ngay tới các nhóm lãnh đạo
web-report-queued = Đã xếp gửi báo cáo tới { $groups } nơi nhận.
web-nav-import = Nhập dữ liệu
web-nav-officers = Cán bộ
web-import-help = Chọn loại danh sách và tệp .xlsx hoặc .csv (UTF-8). Bot kiểm tra từng dòng và cho xem lỗi trước; chưa có gì được ghi cho tới khi anh/chị bấm Nhập.
web-import-kind = Loại danh sách
web-import-check = Kiểm tra tệp
web-import-checked = Tệp có { $rows } dòng dữ liệu; { $bad } dòng có lỗi.
web-import-row = Dòng
web-import-column = Cột
web-import-problem = Lỗi
web-import-nothing-written = Chưa ghi gì vào cơ sở dữ liệu. Sửa tệp rồi tải lên lại, hoặc chỉ nhập các dòng hợp lệ.
web-import-go = Nhập { $rows } dòng
web-import-skip = Nhập { $rows } dòng hợp lệ, bỏ qua { $bad } dòng lỗi
web-import-cancel = Hủy
web-import-another = Nhập tệp khác
web-upload-too-big = Tệp lớn quá { $mb } MB: chia nhỏ tệp rồi tải lên từng phần.
web-upload-bad = Không đọc được tệp tải lên. Chọn lại tệp .xlsx hoặc .csv.
web-upload-kind = Chọn loại danh sách: cơ quan, cán bộ hoặc nhiệm vụ.
web-upload-missing = Chưa chọn tệp.
web-upload-gone = Tệp đã được nhập hoặc đã hết hạn: tải lên lại.
web-name = Họ và tên
web-role = Vai trò
web-channels = Kênh đã liên kết
web-last-message = Tin gần nhất nhận được
web-not-linked = chưa liên kết
web-link-code = Cấp mã liên kết
web-link-sheet-agency = In phiếu liên kết cho cán bộ chưa liên kết của cơ quan này
web-link-sheet-title = Phiếu liên kết ({ $count } cán bộ)
web-link-sheet-empty = Mọi cán bộ của cơ quan này đã liên kết.
web-print = In
web-link-your-code = Mã liên kết:
web-link-telegram = Telegram: quét mã QR, hoặc mở bot và gửi mã trên.
web-link-zalo = Zalo: mở bot của Văn phòng trên Zalo và gửi mã { $code }.
web-link-expires = Dùng một lần, trước ngày { $date }.
web-month-so-far = Tháng này đến hôm nay và từ đầu năm (theo cách tính của báo cáo tháng)
web-fig-month-assigned = Giao trong tháng
web-fig-month-due = Đến hạn trong tháng
web-fig-month-completed = Đã hoàn thành (trong số đến hạn)
web-fig-year-assigned = Giao từ đầu năm
web-fig-year-completed = Đã hoàn thành từ đầu năm
web-fig-year-not-completed = Chưa hoàn thành
web-fig-on-time = đúng hạn
web-fig-late = quá hạn
web-fig-within = trong hạn
web-chart = Biểu đồ tình hình thực hiện
web-extensions-title = Đề nghị gia hạn chờ quyết định
web-overdue-by-agency = Nhiệm vụ quá hạn theo cơ quan
web-nav-outbox = Tin gửi
web-nav-holidays = Ngày nghỉ
web-nav-groups = Nhóm lãnh đạo
web-retry-now = Gửi lại ngay
web-outbox-retry = Đã xếp gửi lại ngay.
web-outbox-gone = Tin này đã gửi hoặc đang gửi.
web-holiday-add = Thêm ngày nghỉ
web-holiday-remove = Bỏ
web-holiday-added = Đã thêm ngày nghỉ.
web-holiday-already = Ngày này đã có trong danh sách.
web-holiday-removed = Đã bỏ ngày nghỉ.
web-holiday-unknown = Ngày này không có trong danh sách.
web-holiday-bad = Ngày phải có dạng dd/mm/yyyy và cần có tên ngày nghỉ.
web-groups-help = Báo cáo tháng gửi tới các nhóm này. Để thêm nhóm, quản trị thêm bot vào nhóm rồi gõ /dangky trong nhóm.
web-groups-none = Chưa có nhóm nào đăng ký.
web-group-title = Tên nhóm
web-due-by = Hạn đến
web-unreachable = tài khoản chat không còn nhận tin
web-search-officers = Tên hoặc mã cán bộ
audit-message-retried = gửi lại tin
audit-report-sent-now = gửi báo cáo ngay
