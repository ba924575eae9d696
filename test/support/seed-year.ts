// A province's first half of 2020 shaped like the seed report (Lạng Sơn, June 2020), as rows for
// the real import. How the figures come about:
//   June: 286 assigned (100 due in June + 186 due later); 240 due in June (140 assigned in May,
//   100 in June): 177 on time (3 of them reported through the bot, not confirmed), 07 late,
//   51 open with deadline 30/6 (3 completed on 2/7, after the cut-off), 05 open and overdue.
//   Year to date: 1.736 assigned = 1.450 (January–May) + 286. Completed 1.568 = 184 + 76 (June
//   tasks due in July, done early) + 1.308 (January–May: 1.275 on time, 33 late); not completed
//   168 = 56 + 110 (June tasks due in July/August, within deadline) + 02 (due in May, overdue).
// Tasks of December 2019 and July 2020 are in the file and must not count.
import { addDays } from "../../src/core/calendar/local-date.js";

export const SEED_AGENCIES = [
  ["SXD", "Sở Xây dựng"],
  ["STC", "Sở Tài chính"],
  ["SKHDT", "Sở Kế hoạch và Đầu tư"],
  ["STNMT", "Sở Tài nguyên và Môi trường"],
  ["SGTVT", "Sở Giao thông vận tải"],
  ["SYT", "Sở Y tế"],
  ["SGDDT", "Sở Giáo dục và Đào tạo"],
  ["SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn"],
  ["SCT", "Sở Công Thương"],
  ["SNV", "Sở Nội vụ"],
  ["UBND-LS", "UBND thành phố Lạng Sơn"],
  ["UBND-CL", "UBND huyện Cao Lộc"],
];

export const SEED_OFFICERS = [["CB-SXD", "Hoàng Văn Sơn", "SXD", "chuyên viên"]];

/** Tasks to report through the bot (appendix 3) rather than import as completed. */
export const BOT_REPORTED = ["D-0001", "D-0002", "D-0003"];

const HEADER = [
  "Mã nhiệm vụ",
  "Số ký hiệu văn bản",
  "Ngày văn bản",
  "Người giao",
  "Trích yếu",
  "Cơ quan chủ trì",
  "Cán bộ phụ trách",
  "Ngày giao",
  "Hạn hoàn thành",
  "Hạn ban đầu",
  "Ngày hoàn thành",
];
const ASSIGNERS = ["UBND tỉnh", "Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh Nguyễn Văn A"];

const vi = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const clamp = (d: string, lo: string, hi: string) => (d < lo ? lo : d > hi ? hi : d);

interface Spec {
  code: string;
  assigned: string;
  due: string;
  original?: string;
  completed?: string;
  officer?: string;
}

export function seedYearTasks(): string[][] {
  const specs: Spec[] = [];
  let n = 0;
  const code = (p: string) => `${p}-${String(++n).padStart(4, "0")}`;
  // Due in June, 240.
  for (let i = 0; i < 240; i++) {
    const fromMay = i < 140;
    const assigned = fromMay ? `2020-05-${String(1 + (i % 28)).padStart(2, "0")}` : `2020-06-${String(1 + (i % 10)).padStart(2, "0")}`;
    const c = code("D");
    if (i < 177) {
      const due = fromMay ? `2020-06-${String(5 + (i % 26)).padStart(2, "0")}` : `2020-06-${String(15 + (i % 16)).padStart(2, "0")}`;
      const completed = clamp(addDays(due, -(i % 4)), assigned, due);
      // Some were extended: first due in May, moved into June.
      const original = fromMay && i % 7 === 0 ? clamp(addDays(assigned, 10), assigned, "2020-05-31") : undefined;
      specs.push({
        code: c,
        assigned,
        due,
        ...(original ? { original } : {}),
        ...(BOT_REPORTED.includes(c) ? { officer: "CB-SXD" } : { completed }),
      });
    } else if (i < 184) specs.push({ code: c, assigned, due: "2020-06-10", completed: "2020-06-20" });
    else if (i < 235) specs.push({ code: c, assigned, due: "2020-06-30", ...(i < 187 ? { completed: "2020-07-02" } : {}) });
    else specs.push({ code: c, assigned, due: "2020-06-15" });
  }
  // Assigned in June, due later: 76 done early, 110 open.
  for (let i = 0; i < 186; i++) {
    const assigned = `2020-06-${String(11 + (i % 20)).padStart(2, "0")}`;
    const due = addDays("2020-07-15", i % 45);
    specs.push({ code: code("J"), assigned, due, ...(i < 76 ? { completed: clamp(addDays(assigned, 3), assigned, "2020-06-30") } : {}) });
  }
  // January to May, due by the end of May: 1.275 on time, 33 late, 02 overdue.
  for (let i = 0; i < 1310; i++) {
    const assigned = addDays("2020-01-02", i % 120);
    const due = clamp(addDays(assigned, 15), assigned, "2020-05-31");
    const spec: Spec = { code: code("A"), assigned, due };
    if (i < 1275) spec.completed = clamp(addDays(due, -(i % 5)), assigned, due);
    else if (i < 1308) spec.completed = addDays(due, 3);
    else spec.due = "2020-05-20";
    specs.push(spec);
  }
  // Not this report's: assigned in December 2019, and in July 2020.
  for (let i = 0; i < 20; i++) specs.push({ code: code("X19"), assigned: "2019-12-10", due: "2020-01-10", completed: "2020-01-08" });
  for (let i = 0; i < 15; i++) specs.push({ code: code("X07"), assigned: "2020-07-01", due: "2020-07-20" });

  return [
    HEADER,
    ...specs.map((s, i) => [
      s.code,
      `${100 + i}/QĐ-UBND`,
      vi(s.assigned),
      ASSIGNERS[i % ASSIGNERS.length]!,
      `Nhiệm vụ ${s.code}: báo cáo, tham mưu triển khai thực hiện`,
      SEED_AGENCIES[i % SEED_AGENCIES.length]![0]!,
      s.officer ?? "",
      vi(s.assigned),
      vi(s.due),
      s.original ? vi(s.original) : "",
      s.completed ? vi(s.completed) : "",
    ]),
  ];
}
