/**
 * Every sentence the self-assessment shows, in one place (Vietnamese). Components and logic look
 * their words up here, so wording is reviewed and changed in one file. Functions fill in values.
 */
import { formatDate, formatDateTime } from '../dates';

export const t = {
  loading: 'Đang tải phần tự đánh giá…',
  noScript: 'Phần tự đánh giá cần bật JavaScript trong trình duyệt.',

  /** Added to the shared storage message (src/storage/messages.ts): what saves the work here. */
  storageAdvice: 'Hãy xuất tệp kết quả trước khi đóng trang, rồi nhập lại tệp đó khi quay lại.',

  dropped: {
    heading: 'Một phần dữ liệu đã lưu trên máy này không đọc được và đã được bỏ đi',
    intro: 'Có thể do trang đã được cập nhật hoặc dữ liệu trong trình duyệt bị hỏng. Phần bị bỏ:',
    after:
      'Mọi phần khác vẫn giữ nguyên. Hãy xem lại và làm lại các phần trên (hoặc nhập lại tệp kết quả đã xuất trước đây) trước khi xuất tệp.',
    profile: {
      personId: 'mã người ngẫu nhiên (trang sẽ tạo mã mới khi xuất tệp)',
      name: 'họ và tên',
      unitId: 'khoa, phòng hoặc trạm',
      staffCode: 'mã nhân viên',
      noticeAcceptedAt: 'lần bấm “bắt đầu tự đánh giá” (hãy bấm lại)',
      updatedAt: 'thời điểm sửa gần nhất',
    },
    checklist: {
      submittedOnline: 'số hồ sơ đã nộp trực tuyến',
      reusedDigitised: 'số hồ sơ có dùng lại giấy tờ số hóa',
      note: 'ghi chú cho phòng TCHC',
      updatedAt: 'thời điểm sửa gần nhất',
    },
    quiz: {
      best: 'điểm cao nhất của bài kiểm tra kiến thức (hãy làm lại bài)',
      attempt: 'lượt làm bài kiểm tra đang dở',
      updatedAt: 'thời điểm sửa gần nhất',
    },
    wholeStore: {
      'self-assessment:profile': 'toàn bộ thông tin của bạn',
      'self-assessment:checklist': 'toàn bộ câu trả lời các việc',
      'self-assessment:quiz': 'toàn bộ kết quả bài kiểm tra kiến thức',
      'self-assessment:last-export': 'thông tin về lần xuất tệp gần nhất',
    },
    allItems: 'câu trả lời các việc',
    itemAnswer: (item: string) => `câu trả lời của ${item}`,
    itemDate: (item: string) => `ngày làm của ${item}`,
    itemReason: (item: string) => `lý do không áp dụng của ${item}`,
    otherPart: 'một phần dữ liệu khác',
  },

  notice: {
    heading: 'Trước khi bắt đầu: trang này lưu gì?',
    intro: 'Theo Luật Bảo vệ dữ liệu cá nhân (số 91/2025/QH15) và Nghị định 356/2025/NĐ-CP, bạn cần biết:',
    kept: 'Trang lưu họ và tên, khoa/phòng/trạm, mã nhân viên (nếu bạn nhập), câu trả lời, điểm bài kiểm tra, kết quả mô phỏng và một mã ngẫu nhiên để phân biệt bạn với người trùng tên.',
    purpose:
      'Mục đích: để bạn tự đánh giá việc thực hiện công văn và nộp kết quả cho phòng Tổ chức – Hành chính tổng hợp.',
    where:
      'Dữ liệu chỉ nằm trong trình duyệt trên thiết bị này, không gửi đi đâu, cho đến khi chính bạn xuất tệp kết quả và gửi tệp cho phòng TCHC.',
    file: 'Tệp kết quả chứa: tên cơ quan, các thông tin trên, từng câu trả lời kèm ngày, điểm bài kiểm tra, kết quả mô phỏng, thời điểm xuất tệp và một mã kiểm tra.',
    never:
      'Trang không hỏi, không lưu số CCCD, số điện thoại, email, mật khẩu hay mã OTP. Bạn xóa được mọi thứ bất cứ lúc nào bằng nút “Xóa dữ liệu của tôi”.',
    accept: 'Tôi đã hiểu, bắt đầu tự đánh giá',
    haveFile: 'Đã tự đánh giá trên máy khác? Nhập lại tệp kết quả của bạn:',
  },

  summary: {
    heading: 'Bạn đang ở đâu',
    progress: (done: number, total: number, percent: number) => `Đã hoàn thành ${done}/${total} việc (${percent}%)`,
    progressLabel: 'Tỷ lệ hoàn thành',
    allDone: 'Bạn đã hoàn thành mọi việc. Hãy xuất tệp kết quả và gửi phòng TCHC.',
    missingHeading: 'Còn thiếu',
    requirementsHeading: 'Theo ba yêu cầu của công văn',
    requirement: (number: number, title: string) => `Yêu cầu ${number}: ${title}`,
    requirementDone: 'đã đáp ứng',
    requirementNotDone: (done: number, total: number) => `chưa đáp ứng (${done}/${total} việc)`,
    reuseRatio: (reused: number, submitted: number, percent: number, target: number) =>
      `Hồ sơ của bạn có dùng lại giấy tờ số hóa: ${reused}/${submitted} (${percent}%; chỉ tiêu của đơn vị ${target}% tính trên tổng số hồ sơ).`,
    profileMissing: 'Điền họ và tên, chọn khoa/phòng/trạm để xuất được tệp kết quả',
    itemUnanswered: (task: string) => `Chưa trả lời: ${task}`,
    itemNotDone: (task: string) => `Chưa làm: ${task}`,
    itemNoReason: (task: string) => `Chọn “Không áp dụng” nhưng chưa ghi lý do: ${task}`,
    quizNotTaken: 'Bài kiểm tra kiến thức: chưa làm',
    quizNotPassed: (score: number, max: number) => `Bài kiểm tra kiến thức: chưa đạt (cao nhất ${score}/${max})`,
    simulatorNotPassed: (title: string) => `${title}: chưa đạt phần Kiểm tra`,
    goToItem: 'Đến mục này',
    guide: 'Xem hướng dẫn',
    exported: (fileName: string, at: string) => `Lần xuất tệp gần nhất: ${fileName}, lúc ${formatDateTime(at)}.`,
    exportedStale: 'Bạn đã sửa sau lần xuất đó: hãy xuất lại để tệp có nội dung mới.',
  },

  profile: {
    heading: 'Thông tin của bạn',
    name: 'Họ và tên',
    nameHint: 'Ghi đầy đủ, có dấu, như trong danh sách của đơn vị.',
    unit: 'Khoa, phòng hoặc trạm Y tế',
    unitPlaceholder: '— Chọn đơn vị —',
    staffCode: 'Mã nhân viên (không bắt buộc)',
    staffCodeHint: 'Chỉ nhập nếu phòng TCHC có cấp mã. Không nhập số CCCD hay số điện thoại.',
    required: '(bắt buộc)',
    personId: (id: string) =>
      `Mã người ngẫu nhiên của bạn: ${id.slice(0, 8)}… (giúp phòng TCHC phân biệt người trùng tên; không chứa thông tin cá nhân)`,
  },

  checklist: {
    heading: 'Các việc công văn yêu cầu',
    intro: (year: number) => `Trả lời từng việc theo những gì bạn đã làm đến hôm nay. Số hồ sơ hỏi trong năm ${year}.`,
    requirementTag: (number: number) => `Yêu cầu ${number}`,
    itemNumber: (number: number) => `Việc ${number}`,
    dateShort: 'Ngày làm',
    countShort: 'Số hồ sơ',
    answers: { done: 'Đã làm', 'not-done': 'Chưa làm', 'not-applicable': 'Không áp dụng' },
    date: 'Ngày làm (ngày/tháng/năm, không bắt buộc)',
    datePlaceholder: 'ví dụ 05/03/2024',
    reason: 'Lý do không áp dụng',
    reasonHint: 'Một câu ngắn, ví dụ: trong năm không có thủ tục nào phải làm.',
    guide: 'Hướng dẫn:',
    countHint: 'Chỉ ghi số, ví dụ 2.',
    note: 'Ghi chú cho phòng TCHC (không bắt buộc)',
    noteHint: 'Không ghi số CCCD, số điện thoại hay thông tin cá nhân khác.',
  },

  errors: {
    nameRequired: 'Hãy nhập họ và tên.',
    nameTooLong: (max: number) => `Họ và tên dài quá ${max} ký tự.`,
    unitRequired: 'Hãy chọn khoa, phòng hoặc trạm của bạn.',
    tooLong: (max: number) => `Dài quá ${max} ký tự.`,
    idNumber:
      'Có dãy số giống số CCCD/số định danh nên trang không lưu nội dung này. Đây là dữ liệu cá nhân (Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15) mà trang không được giữ: hãy xóa dãy số đó.',
    phone:
      'Có dãy số giống số điện thoại nên trang không lưu nội dung này. Đây là dữ liệu cá nhân (Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15) mà trang không được giữ: hãy xóa dãy số đó.',
    dateFormat: 'Ngày phải viết dạng ngày/tháng/năm, ví dụ 05/03/2024.',
    dateFuture: (today: string) => `Ngày này ở trong tương lai (hôm nay là ${formatDate(today)}).`,
    dateTooOld: 'Năm phải từ 2000 trở đi.',
    reasonRequired: 'Hãy ghi lý do vì sao việc này không áp dụng với bạn.',
    countRequired: 'Hãy ghi số hồ sơ (nếu không nhớ chính xác, ghi số gần đúng).',
    countFormat: 'Chỉ ghi số nguyên, từ 0 trở lên (ví dụ 2).',
    countTooBig: (max: number) => `Số quá lớn (tối đa ${max.toLocaleString('vi-VN')} hồ sơ).`,
    submittedAtLeastOne: 'Bạn chọn “Đã làm” nên số hồ sơ phải từ 1 trở lên.',
    reusedAtLeastOne: 'Bạn chọn “Đã làm” nên số hồ sơ có dùng lại phải từ 1 trở lên.',
    reusedAboveSubmitted: (submitted: number) => `Không được lớn hơn số hồ sơ đã nộp trực tuyến (${submitted}).`,
    reusedWithoutSubmission:
      'Bạn đã dùng lại giấy tờ khi nộp hồ sơ trực tuyến, vậy việc “nộp hồ sơ trực tuyến” cũng là “Đã làm”: hãy sửa câu trả lời ở mục đó.',
  },

  quiz: {
    heading: 'Bài kiểm tra kiến thức',
    intro: (count: number, pool: number, pass: number) =>
      `${count} câu hỏi chọn ngẫu nhiên từ ${pool} câu về công văn, hai phụ lục, VNeID mức độ 2, “Lấy từ kho” và chỉ tiêu 60%. Cần trả lời đúng ${pass}% để đạt. Được làm lại nhiều lần; trang giữ điểm cao nhất.`,
    start: 'Bắt đầu làm bài',
    retake: 'Làm lại bài kiểm tra',
    progress: (index: number, total: number) => `Câu ${index}/${total}`,
    single: 'Chọn một đáp án.',
    multiple: 'Chọn tất cả đáp án đúng.',
    submit: 'Trả lời',
    chooseFirst: 'Hãy chọn đáp án trước khi bấm “Trả lời”.',
    next: 'Câu tiếp theo',
    seeResult: 'Xem kết quả',
    correct: 'Đúng.',
    incorrect: 'Chưa đúng.',
    rightAnswer: 'Đáp án đúng',
    yourWrongChoice: 'Bạn chọn, chưa đúng',
    readMore: 'Đọc thêm:',
    result: (score: number, max: number, percent: number) => `Bạn trả lời đúng ${score}/${max} câu (${percent}%).`,
    passed: (pass: number) => `Đạt (cần ${pass}%).`,
    failed: (pass: number) => `Chưa đạt (cần ${pass}%). Đọc lại phần giải thích và các trang hướng dẫn, rồi làm lại.`,
    best: (score: number, max: number, passed: boolean, at: string) =>
      `Điểm cao nhất: ${score}/${max}, ${passed ? 'đạt' : 'chưa đạt'}, ngày ${formatDate(at)}.`,
  },

  simulators: {
    heading: 'Luyện tập trên màn hình mô phỏng',
    intro: 'Kết quả phần “Kiểm tra” của từng mô phỏng tự động đưa vào đây.',
    notTaken: 'Chưa làm phần Kiểm tra.',
    passed: (score: number, max: number, at: string) =>
      `Đã đạt phần Kiểm tra: ${score}/${max}, ngày ${formatDate(at)}.`,
    notPassed: (score: number, max: number) => `Chưa đạt phần Kiểm tra (cao nhất ${score}/${max}).`,
    open: 'Mở mô phỏng',
  },

  file: {
    heading: 'Tệp kết quả',
    intro: 'Xuất tệp để gửi phòng TCHC (qua Zalo, email hoặc USB), hoặc để chuyển sang máy khác rồi nhập lại.',
    export: 'Xuất tệp kết quả',
    share: 'Chia sẻ tệp kết quả',
    shareHint: 'Gửi tệp thẳng qua Zalo, Gmail… nếu không tải được tệp về máy.',
    import: 'Nhập lại tệp kết quả',
    importHint: 'Chọn tệp .json bạn đã xuất trước đây (trên máy khác hoặc trình duyệt khác).',
    print: 'In phiếu tự đánh giá',
    clear: 'Xóa dữ liệu của tôi',
    schema: 'Mẫu tệp (JSON Schema) cho ai muốn kiểm tra tệp bằng công cụ khác',
    checksumNote:
      'Tệp có một mã kiểm tra (checksum) để phát hiện tệp bị hỏng hoặc bị sửa tay. Đó không phải chữ ký số: ai cũng tính lại được, nên nó không chứng minh ai đã tạo tệp.',
    cannotExport: 'Chưa xuất được tệp. Hãy sửa các chỗ sau:',
    exported: (fileName: string) =>
      `Đã tạo tệp “${fileName}”. Nếu không thấy tệp trong thư mục Tải xuống (Download), hãy dùng nút “Chia sẻ tệp kết quả” hoặc mở trang bằng Chrome.`,
    shared: 'Đã mở bảng chia sẻ tệp.',
    testsLeftOut: (titles: string[]) =>
      `Kết quả phần Kiểm tra của ${titles.map((title) => `“${title}”`).join(', ')} lưu trên máy này không hợp lệ nên không được ghi vào tệp: hãy làm lại phần Kiểm tra rồi xuất lại.`,
    exportFailed:
      'Chưa xuất được tệp: một phần dữ liệu lưu trên máy này không hợp lệ (thường là kết quả mô phỏng của một phiên bản cũ của trang). Hãy làm lại phần Kiểm tra của mô phỏng rồi xuất lại; nếu vẫn không được, xuất tệp ở máy khác hoặc bấm “Xóa dữ liệu của tôi”, nhập lại tệp kết quả đã xuất trước đây và làm lại phần còn thiếu.',
    shareFailed: 'Không chia sẻ được tệp trên thiết bị này. Hãy thử “Xuất tệp kết quả” hoặc mở trang bằng Chrome.',
    incompleteNote: 'Tệp sẽ ghi cả những việc chưa trả lời; bạn có thể xuất lại sau khi làm thêm.',
    importTooBig: (fileName: string) =>
      `Tệp “${fileName}” quá lớn (trên 1 MB), không phải tệp kết quả. Dữ liệu trên máy này không thay đổi.`,
    importReadError: (fileName: string) => `Không đọc được tệp “${fileName}”. Dữ liệu trên máy này không thay đổi.`,
    importFailedSuffix: 'Dữ liệu trên máy này không thay đổi.',
    imported: (fileName: string, name: string, at: string) =>
      `Đã nhập lại tệp “${fileName}”: dữ liệu của ${name}, xuất ngày ${formatDate(at)}.`,
    importKept: (fileName: string) => `Đã giữ dữ liệu trên máy này, không nhập tệp “${fileName}”.`,
    confirmImportTitle: 'Thay dữ liệu trên máy này bằng tệp?',
    confirmImportNewer: (local: string, file: string) =>
      `Dữ liệu trên máy này được sửa lần cuối lúc ${formatDateTime(local)}, mới hơn tệp (xuất lúc ${formatDateTime(file)}). Nếu nhập tệp, những thay đổi mới hơn sẽ mất.`,
    confirmImportOtherPerson: (name: string) =>
      `Tệp là của “${name}”, một người khác với người đang tự đánh giá trên máy này (mã người khác nhau). Nếu nhập tệp, dữ liệu hiện có sẽ bị thay.`,
    confirmImportYes: 'Thay bằng dữ liệu trong tệp',
    confirmImportNo: 'Giữ dữ liệu trên máy',
    confirmClearTitle: 'Xóa toàn bộ dữ liệu tự đánh giá trên máy này?',
    confirmClearBody:
      'Sẽ xóa họ tên, đơn vị, câu trả lời, điểm bài kiểm tra và kết quả mô phỏng lưu trong trình duyệt này. Không thể hoàn tác. Nếu cần giữ, hãy xuất tệp kết quả trước.',
    confirmClearYes: 'Xóa dữ liệu',
    confirmClearNo: 'Hủy',
    cleared: 'Đã xóa mọi dữ liệu tự đánh giá trên máy này.',
  },

  inApp: {
    zaloHeading: 'Bạn đang mở trang trong Zalo',
    otherHeading: 'Bạn đang mở trang trong trình duyệt của một ứng dụng',
    body: 'Trình duyệt trong ứng dụng có thể chặn tải tệp. Để xuất tệp chắc chắn, hãy mở trang bằng Chrome (trên iPhone: Safari):',
    steps: [
      'Bấm nút ba chấm (⋮ hoặc ⋯) ở góc trên bên phải màn hình.',
      'Chọn “Mở bằng trình duyệt” (tên mục có thể khác tùy phiên bản ứng dụng).',
      'Hoặc sao chép địa chỉ trang dưới đây và dán vào thanh địa chỉ của Chrome.',
    ],
    address: 'Địa chỉ trang này',
    copy: 'Sao chép địa chỉ',
    copied: 'Đã sao chép địa chỉ trang.',
    copyFailed: 'Không sao chép được: hãy chạm giữ vào ô địa chỉ để chọn và sao chép.',
    shareInstead: 'Nếu điện thoại hỗ trợ, nút “Chia sẻ tệp kết quả” gửi tệp thẳng qua Zalo mà không cần tải về.',
  },

  print: {
    nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    title: 'PHIẾU TỰ ĐÁNH GIÁ',
    subtitle: (year: number) => `Việc sử dụng dịch vụ công trực tuyến khi thực hiện thủ tục hành chính năm ${year}`,
    name: 'Họ và tên:',
    unit: 'Khoa/phòng/trạm:',
    staffCode: 'Mã nhân viên:',
    personId: 'Mã người (trong tệp kết quả):',
    blank: '……………………………………',
    colNumber: 'TT',
    colItem: 'Nội dung',
    colAnswer: 'Kết quả',
    colDetail: 'Ngày / lý do',
    dossiers: (year: number, submitted: string, reused: string) =>
      `Số hồ sơ nộp trực tuyến năm ${year}: ${submitted}; trong đó có dùng lại giấy tờ đã số hóa: ${reused}.`,
    unknown: 'chưa ghi',
    unanswered: 'Chưa trả lời',
    quiz: 'Bài kiểm tra kiến thức:',
    quizNone: 'chưa làm.',
    quizResult: (score: number, max: number, passed: boolean, at: string) =>
      `cao nhất ${score}/${max} câu, ${passed ? 'đạt' : 'chưa đạt'}, ngày ${formatDate(at)}.`,
    simulatorsLabel: 'Mô phỏng:',
    simulatorPassed: (score: number, max: number, at: string) => `đạt ${score}/${max}, ngày ${formatDate(at)}`,
    simulatorNotPassed: 'chưa đạt',
    completion: (done: number, total: number, percent: number) =>
      `Tự đánh giá hoàn thành ${done}/${total} việc (${percent}%).`,
    lastExport: (fileName: string, at: string, checksum: string) =>
      `Tệp kết quả đã xuất: ${fileName}, lúc ${formatDateTime(at)}, mã kiểm tra ${checksum.slice(0, 16)}…`,
    note: 'Ghi chú:',
    headSign: 'XÁC NHẬN CỦA TRƯỞNG ĐƠN VỊ',
    selfSign: 'NGƯỜI TỰ ĐÁNH GIÁ',
    signHint: '(Ký, ghi rõ họ tên)',
    footer: 'Phiếu in từ trang Tự đánh giá. Nội dung do người tự đánh giá khai.',
  },
} as const;
