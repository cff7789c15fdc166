/**
 * Every sentence the aggregation page shows or writes into an export, in one place (as Starlight keeps
 * its UI strings). `satisfies` makes a missing key a compile error rather than a blank on screen.
 */
import type { TestState } from './report';

const formatNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** "83,3%" the Vietnamese way (decimal comma); "—" when there is nothing to count. */
export function formatPercent(percent: number | null): string {
  return percent === null ? '—' : `${formatNumber.format(percent)}%`;
}

export const formatCount = (n: number) => formatNumber.format(n);

/** "1,5 MB", "200 MB", "820 KB", "300 byte": real sizes, the Vietnamese way. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${formatNumber.format(bytes / (1024 * 1024 * 1024))} GB`;
  if (bytes >= 1024 * 1024) return `${formatNumber.format(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${formatNumber.format(bytes / 1024)} KB`;
  return `${formatCount(bytes)} byte`;
}

/** The three (or, for a simulator not yet on the site, four) states of a test, worded once. */
export function testStateText(state: TestState): string {
  switch (state.kind) {
    case 'passed':
      return `Đạt ${formatCount(state.score)}/${formatCount(state.maxScore)}`;
    case 'failed':
      return `Chưa đạt ${formatCount(state.score)}/${formatCount(state.maxScore)}`;
    case 'not-taken':
      return 'Chưa làm';
    case 'unavailable':
      return 'Chưa có mô phỏng';
  }
}

export const ANSWER_TEXT = {
  done: 'Đã làm',
  'not-done': 'Chưa làm',
  'not-applicable': 'Không áp dụng',
  unanswered: 'Chưa trả lời',
} as const;

export const TARGET_LABELS = {
  onlineServicesAndPayment: 'Yêu cầu 1: dịch vụ công và thanh toán trực tuyến',
  vneidLevel2: 'Yêu cầu 2: VNeID mức độ 2',
  digitisedReuse: 'Yêu cầu 3: tái sử dụng kết quả số hóa',
} as const;

export const strings = {
  met: 'Đạt',
  notMet: 'Chưa đạt',
  noData: 'Chưa có số liệu',
  total: 'Tổng cộng',
  unit: 'Đơn vị',
  respondents: 'Đã gửi / số người',
  quizPassed: 'Bài kiểm tra kiến thức: đạt',
  quizAverage: 'Điểm trung bình bài kiểm tra',
  notAvailable: 'chưa có',
  unanswered: 'chưa trả lời',
  notDone: 'chưa làm',
  quizMissing: 'Bài kiểm tra kiến thức',
  notSent: 'Chưa gửi tệp',
  reusedDossiers: 'hồ sơ dùng lại',
  peopleReused: 'người đã dùng lại ít nhất 1 lần',
} satisfies Record<string, string>;

/** The loader: picking, reading and checking files. */
export const loaderStrings = {
  heading: 'Nạp tệp kết quả',
  dropHint: 'Kéo thả tệp .json, cả thư mục hoặc tệp .zip vào khung này, hoặc chọn bằng các nút:',
  pickFiles: 'Chọn tệp (.json, .zip)…',
  pickFolder: 'Chọn cả thư mục…',
  addingNote: 'Nạp thêm sẽ cộng vào các tệp đã có; tệp trùng hoàn toàn được bỏ qua.',
  progressLabel: 'Tiến độ kiểm tra tệp',
  reading: (done: number, total: number) => `Đang kiểm tra ${formatCount(done)}/${formatCount(total)} tệp…`,
  done: (accepted: number, rejected: number, copies: number) =>
    `Đã kiểm tra xong: nhận ${formatCount(accepted)} tệp, từ chối ${formatCount(rejected)} tệp` +
    (copies > 0 ? `, bỏ qua ${formatCount(copies)} tệp đã có.` : '.'),
  nothing: 'Không có tệp nào để kiểm tra.',
  restored: (files: number) => `Đã mở lại ${formatCount(files)} tệp đã nạp trước đây trên máy này.`,
  storageBlocked:
    'Trình duyệt này không cho lưu dữ liệu (chế độ riêng tư hoặc bị chặn): các tệp đã nạp sẽ mất khi tải lại trang. Trang vẫn dùng được.',
  badZip: (name: string) => `Tệp “${name}” có đuôi .zip nhưng không giải nén được (tệp hỏng hoặc không phải tệp nén).`,
  badZipEntry: (name: string) =>
    `Không giải nén được tệp “${name}” (tệp nén bị hỏng hoặc nén theo cách trang không đọc được).`,
  zipTooManyEntries: (name: string, max: number) =>
    `Tệp nén “${name}” có hơn ${formatCount(max)} tệp: trang dừng đọc ở đó. Hãy chia thành nhiều tệp nén nhỏ hơn.`,
  zipTooLarge: (name: string, max: number) =>
    `Tệp nén “${name}” khi giải nén vượt quá ${formatBytes(max)}: trang dừng đọc ở đó (tệp kết quả thật chỉ vài KB mỗi tệp). Các tệp đã đọc được trước đó vẫn được kiểm tra.`,
  zipEntryTooLarge: (name: string, inflated: number, declared: number | undefined, max: number) =>
    `Tệp “${name}” khi giải nén đã vượt ${formatBytes(inflated)}` +
    (declared !== undefined && declared > 0 ? ` (tệp nén ghi kích thước ${formatBytes(declared)})` : '') +
    `, quá giới hạn ${formatBytes(max)} của tệp kết quả: trang dừng giải nén tệp này.`,
  notText: (name: string) =>
    `Tệp “${name}” không phải văn bản UTF-8 hay UTF-16 có dấu BOM, nên không đọc được. Hãy xuất lại tệp từ trang Tự đánh giá (đừng mở rồi lưu lại bằng phần mềm khác).`,
  nestedZip: (name: string) => `Tệp nén “${name}” nằm trong một tệp nén khác: hãy giải nén ra rồi chọn lại.`,
  unreadable: (name: string) => `Không đọc được tệp “${name}” (tệp đã bị xóa, di chuyển hoặc máy không cho đọc).`,
  clearAll: 'Xóa tất cả',
  clearConfirm: 'Xóa tất cả tệp đã nạp và danh sách nhân sự khỏi máy này? Không thể hoàn tác.',
  cleared: 'Đã xóa tất cả tệp đã nạp.',
} as const;

/** Long lists drawn a page at a time (./ui/Paged.tsx). */
export const pagingStrings = {
  showMore: (next: number, shown: number, total: number) =>
    `Xem thêm ${formatCount(next)} (đang hiện ${formatCount(shown)}/${formatCount(total)})`,
} as const;

export const summaryStrings = {
  heading: 'Tình hình nạp tệp',
  accepted: 'Tệp hợp lệ',
  people: 'Số người (mỗi người tính một lần)',
  duplicates: 'Tệp trùng người đã gộp (giữ tệp xuất sau cùng)',
  rejected: 'Tệp bị từ chối',
  rejectedHeading: (n: number) => `Tệp bị từ chối (${formatCount(n)})`,
  reviewHeading: 'Cần người xem lại',
  reviewIntro:
    'Các tệp dưới đây có mã người khác nhau nhưng trùng mã nhân viên hoặc trùng họ tên trong một đơn vị. Trang không tự gộp: cho đến khi chọn, mỗi mã người được tính là một người. Lựa chọn được nhớ trên trình duyệt này.',
  reviewReason: { 'staff-code': 'trùng mã nhân viên', 'same-name': 'trùng họ tên trong cùng đơn vị' },
  reviewCase: (reasons: string) => `Các tệp ${reasons}`,
  reviewAgree: 'Cùng họ tên, cùng đơn vị: có thể là một người đã làm lại trên máy khác.',
  reviewDisagree: 'Khác họ tên hoặc khác đơn vị: nhiều khả năng là hai người khác nhau.',
  merge: 'Gộp thành một người',
  keepApart: 'Để riêng từng người',
  mergeConfirm: 'Các tệp này khác họ tên hoặc khác đơn vị. Vẫn gộp thành một người (chỉ giữ tệp xuất sau cùng)?',
  personId: 'Mã người',
  staffCode: 'Mã nhân viên',
  exportedAt: 'Xuất tệp lúc',
  fileName: 'Tên tệp',
  hiddenCharacters:
    'Tên hoặc mã có ký tự ẩn (khoảng trắng không độ rộng hoặc ký tự đổi chiều chữ): đã bỏ khi so sánh; nên đề nghị người này xuất lại tệp.',
  decisionsCount: (n: number) => `Đã quyết định ${formatCount(n)} trường hợp trước đây.`,
  resetDecisions: 'Xem lại các quyết định đã chọn',
  otherYear: (unit: string, year: number, expected: number) =>
    `(${unit}): tệp ghi số hồ sơ của năm ${year}, không phải năm ${expected}. Số hồ sơ vẫn được cộng; hãy đề nghị xuất lại tệp đúng năm.`,
} as const;

export const rosterStrings = {
  heading: 'Danh sách nhân sự (không bắt buộc)',
  intro:
    'Nạp danh sách viên chức, người lao động của trung tâm (tệp .csv hoặc .xlsx có cột “Họ và tên”, “Đơn vị”, có thể thêm “Mã nhân viên”) để tính số người đã gửi trên số người thật và biết ai chưa gửi tệp. Danh sách chỉ lưu trong trình duyệt này, không gửi đi đâu và không nằm trên trang web.',
  pick: 'Chọn danh sách nhân sự (.csv, .xlsx)…',
  loaded: (name: string, n: number) => `Đang dùng danh sách “${name}”: ${formatCount(n)} người.`,
  remove: 'Bỏ danh sách nhân sự',
  problems: (n: number) => `${formatCount(n)} dòng không đọc được:`,
  failed: (name: string, message: string) => `Không dùng được tệp “${name}”: ${message}`,
  notOnRosterHeading: (n: number) => `Không có trong danh sách nhân sự (${formatCount(n)})`,
  notOnRosterIntro:
    'Những người này đã gửi tệp nhưng không khớp với ai trong danh sách nhân sự (có thể viết tên khác, hoặc là người mới). Họ không được tính vào số liệu của đơn vị cho đến khi được thêm vào danh sách hoặc ghép với một tên trong danh sách.',
  addToRoster: 'Thêm vào danh sách nhân sự',
  matchLabel: (name: string) => `Ghép ${name} với tên trong danh sách`,
  matchPlaceholder: 'Chọn tên trong danh sách…',
  match: 'Ghép',
  addedToRoster: 'đã thêm vào danh sách nhân sự',
  matchedTo: (name: string) => `đã ghép với “${name}” trong danh sách`,
  linkLost: 'tên đã ghép không còn trong danh sách đang dùng',
  undoLink: 'Bỏ lựa chọn',
} as const;

export const reportStrings = {
  heading: 'Kết quả theo khoa, phòng, trạm',
  empty: 'Chưa có tệp hợp lệ nào. Nạp tệp kết quả ở trên để xem báo cáo.',
  tableCaption: (year: number) =>
    `Kết quả thực hiện năm ${year} theo đơn vị. Yêu cầu 1 và 2 tính trên số người của đơn vị; yêu cầu 3 tính trên số hồ sơ nộp trực tuyến. “Không áp dụng” không tính vào mẫu số.`,
  tableRegion: 'Bảng kết quả theo đơn vị (cuộn ngang được)',
  expectedCaption: (source: 'roster' | 'headcount' | 'replies', unitsChecked: boolean) =>
    source === 'roster'
      ? 'Số người của đơn vị lấy theo danh sách nhân sự đã nạp.'
      : unitsChecked
        ? 'Số người của đơn vị lấy theo cài đặt của trang (nạp danh sách nhân sự để tính theo số thật).'
        : 'Danh sách đơn vị và số người là số mẫu của trang (công văn không có), phòng TCHC chưa sửa theo thực tế: nạp danh sách nhân sự để tính theo số thật.',
  sortBy: (column: string) => `Sắp xếp theo ${column}`,
  sortHint: 'Bấm tiêu đề cột để sắp xếp; bấm lần nữa để đảo chiều.',
  respondents: 'Đã gửi / số người',
  quizPassed: 'Bài kiểm tra đạt',
  quizAverage: 'Điểm TB bài kiểm tra',
  simulatorsPassed: 'đạt',
  headcountNote: (source: 'roster' | 'headcount' | 'replies') =>
    source === 'roster'
      ? 'theo danh sách nhân sự'
      : source === 'headcount'
        ? 'theo số người trong cài đặt'
        : 'chưa biết số người',
  reusePeople: (done: number, of: number) => `${formatCount(done)}/${formatCount(of)} người đã dùng lại`,
  dossiers: (done: number, of: number) => `${formatCount(done)}/${formatCount(of)} hồ sơ`,
  people: (done: number, of: number) => `${formatCount(done)}/${formatCount(of)} người`,
  chartsHeading: 'Biểu đồ theo yêu cầu',
  chartTarget: (target: number) => `Chỉ tiêu ${formatCount(target)}%`,
  chartLabel: (title: string, met: number, total: number) =>
    `${title}: ${formatCount(met)} trên ${formatCount(total)} đơn vị đạt chỉ tiêu. Số liệu chi tiết ở bảng trên.`,
  missingHeading: 'Người còn thiếu từng việc, theo đơn vị',
  missingIntro: 'Danh sách để nhắc: người đã gửi tệp nhưng chọn “Chưa làm” hoặc chưa trả lời (sắp xếp theo tên).',
  missingSummary: (what: string, n: number) => `${what}: ${formatCount(n)} người`,
  quizMissing: 'Bài kiểm tra kiến thức (chưa làm hoặc chưa đạt)',
  person: {
    answers: 'Phiếu tự đánh giá',
    item: 'Việc',
    answer: 'Trả lời',
    date: 'Ngày làm',
    reason: 'Lý do, ghi chú',
    dossiers: (year: number) => `Hồ sơ nộp trực tuyến năm ${year}`,
    submitted: 'Đã nộp trực tuyến',
    reused: 'Có dùng lại giấy tờ số hóa',
    unknown: 'không ghi',
    quiz: 'Bài kiểm tra kiến thức',
    simulators: 'Bài kiểm tra trên mô phỏng',
    note: 'Ghi chú của người gửi',
    noNote: '(không có)',
    file: 'Tệp',
    filesMerged: (n: number) => `đã gộp ${formatCount(n)} tệp, giữ tệp xuất sau cùng`,
    otherUnit: (unit: string) => `Tệp ghi đơn vị: ${unit}`,
  },
  noneMissing: 'Không còn ai thiếu việc này.',
  notSentHeading: (n: number) => `Chưa gửi tệp (theo danh sách nhân sự): ${formatCount(n)} người`,
  notSentNone: 'Mọi người trong danh sách nhân sự đều đã gửi tệp.',
  exportHeading: 'Xuất báo cáo',
  exportIntro:
    'Bảng tính .xlsx là tệp nên mở bằng Excel (Excel cài tiếng Việt đọc tệp CSV sai cột). Tệp CSV (UTF-8) dành cho phần mềm khác. Tệp được tạo ngay trên máy này.',
  exportXlsx: 'Tải bảng tính Excel (.xlsx)',
  exportCsv: 'Tải tệp CSV',
  print: 'In báo cáo (A4 ngang)',
  answer: { 'not-done': 'chưa làm', unanswered: 'chưa trả lời', failed: 'chưa đạt' },
  offRoster: (n: number) => `+${formatCount(n)} người ngoài danh sách, không tính`,
  showPeople: (n: number) => `Xem từng người (${formatCount(n)})`,
  hidePeople: 'Ẩn danh sách người',
  noPeople: 'Chưa có ai của đơn vị này gửi tệp.',
  reuseHeading: 'Chỉ tiêu 60% được tính thế nào',
  notApplicableHeading: 'Lý do “Không áp dụng”, theo từng việc',
  notApplicableIntro:
    'Người chọn “Không áp dụng” không được tính vào mẫu số của việc đó. Lý do từng người ghi ở dưới, để phòng TCHC chấp nhận hoặc hỏi lại.',
  notApplicableSummary: (what: string, n: number) => `${what}: ${formatCount(n)} người không áp dụng`,
  noReason: '(không ghi lý do)',
  printOffRoster: (n: number) =>
    `${formatCount(n)} người gửi tệp nhưng không có trong danh sách nhân sự, không được tính`,
  printReview: (n: number) =>
    `${formatCount(n)} trường hợp trùng mã nhân viên hoặc trùng tên chưa được xem lại (đang tính riêng từng người)`,
  noScript:
    'Trình duyệt này đang tắt JavaScript. Không có JavaScript vẫn đọc được phần giải thích trên trang này; còn việc nạp tệp kết quả, kiểm tra, lập báo cáo, xuất bảng tính và in báo cáo đều cần JavaScript. Hãy bật JavaScript cho trang này rồi tải lại. Không tệp nào được gửi đi.',
  notApplicableCount: (n: number) => `${formatCount(n)} không áp dụng`,
} as const;
