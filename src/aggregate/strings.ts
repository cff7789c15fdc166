/**
 * Every sentence the aggregation page shows or writes into an export, in one place (as Starlight keeps
 * its UI strings). `satisfies` makes a missing key a compile error rather than a blank on screen.
 */
const formatNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** "83,3%" the Vietnamese way (decimal comma); "—" when there is nothing to count. */
export function formatPercent(percent: number | null): string {
  return percent === null ? '—' : `${formatNumber.format(percent)}%`;
}

export const formatCount = (n: number) => formatNumber.format(n);

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
  nestedZip: (name: string) => `Tệp nén “${name}” nằm trong một tệp nén khác: hãy giải nén ra rồi chọn lại.`,
  unreadable: (name: string) => `Không đọc được tệp “${name}” (tệp đã bị xóa, di chuyển hoặc máy không cho đọc).`,
  clearAll: 'Xóa tất cả',
  clearConfirm: 'Xóa tất cả tệp đã nạp và danh sách nhân sự khỏi máy này? Không thể hoàn tác.',
  cleared: 'Đã xóa tất cả tệp đã nạp.',
} as const;

export const summaryStrings = {
  heading: 'Tình hình nạp tệp',
  accepted: 'Tệp hợp lệ',
  people: 'Số người (mỗi người tính một lần)',
  duplicates: 'Tệp trùng người đã gộp (giữ tệp xuất sau cùng)',
  rejected: 'Tệp bị từ chối',
  rejectedHeading: (n: number) => `Tệp bị từ chối (${formatCount(n)})`,
  reviewHeading: 'Cần người xem lại',
  sameName: (name: string, unit: string, n: number) =>
    `“${name}” ở ${unit}: ${formatCount(n)} người cùng tên nhưng khác mã người. Trang không gộp; hãy hỏi lại để biết là một hay nhiều người.`,
  otherYear: (name: string, unit: string, year: number, expected: number) =>
    `${name} (${unit}): tệp ghi số hồ sơ của năm ${year}, không phải năm ${expected}. Số hồ sơ vẫn được cộng; hãy đề nghị xuất lại tệp đúng năm.`,
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
  notOnRoster: (n: number) =>
    `${formatCount(n)} người đã gửi tệp nhưng không có tên trong danh sách nhân sự (có thể viết tên khác hoặc người mới):`,
} as const;

export const reportStrings = {
  heading: 'Kết quả theo khoa, phòng, trạm',
  empty: 'Chưa có tệp hợp lệ nào. Nạp tệp kết quả ở trên để xem báo cáo.',
  tableCaption: (year: number) =>
    `Kết quả thực hiện năm ${year} theo đơn vị. Yêu cầu 1 và 2 tính trên số người của đơn vị; yêu cầu 3 tính trên số hồ sơ nộp trực tuyến. “Không áp dụng” không tính vào mẫu số.`,
  tableRegion: 'Bảng kết quả theo đơn vị (cuộn ngang được)',
  expectedCaption: (source: 'roster' | 'headcount' | 'replies') =>
    source === 'roster'
      ? 'Số người của đơn vị lấy theo danh sách nhân sự đã nạp.'
      : 'Số người của đơn vị lấy theo cài đặt của trang (nạp danh sách nhân sự để tính theo số thật).',
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
  noneMissing: 'Không còn ai thiếu việc này.',
  notSentHeading: (n: number) => `Chưa gửi tệp (theo danh sách nhân sự): ${formatCount(n)} người`,
  notSentNone: 'Mọi người trong danh sách nhân sự đều đã gửi tệp.',
  exportHeading: 'Xuất báo cáo',
  exportIntro:
    'Bảng tính .xlsx là tệp nên mở bằng Excel (Excel cài tiếng Việt đọc tệp CSV sai cột). Tệp CSV (UTF-8) dành cho phần mềm khác. Tệp được tạo ngay trên máy này.',
  exportXlsx: 'Tải bảng tính Excel (.xlsx)',
  exportCsv: 'Tải tệp CSV',
  print: 'In báo cáo (A4 ngang)',
  answer: { 'not-done': 'chưa làm', unanswered: 'chưa trả lời' },
} as const;
