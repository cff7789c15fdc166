/** Every word the simulator's shell says, in one place (the screens' own labels live in portal-text.ts). */
import type { Mode } from '../engine/types';

export const modeLabels: Record<Mode, string> = {
  demo: 'Xem minh họa',
  guided: 'Hướng dẫn',
  practice: 'Thực hành',
  test: 'Kiểm tra',
};

export const modeDescriptions: Record<Mode, string> = {
  demo: 'Xem trình mô phỏng tự làm từng bước, có đánh dấu và lời giải thích.',
  guided: 'Làm theo yêu cầu; chỗ cần bấm được đánh dấu; bấm sai thì có lời giải thích.',
  practice: 'Làm theo yêu cầu, không đánh dấu; cần thì bấm “Gợi ý”; lỗi được đếm.',
  test: 'Chỉ có mục tiêu, không gợi ý; có điểm và kết quả đạt hay chưa đạt.',
};

export const ui = {
  modesLabel: 'Chế độ',
  restart: 'Làm lại',
  hint: 'Gợi ý',
  hintLabel: 'Gợi ý:',
  correct: 'Đúng.',
  wrongInTest: 'Chưa đúng. Lỗi đã được ghi lại; lời giải thích có ở màn hình kết quả.',
  inert: 'Đây là mô phỏng: mục này không dùng trong bài. Làm theo yêu cầu ở trên.',
  goalLabel: 'Mục tiêu:',
  taskLabel: 'Việc cần làm:',
  guideLabel: 'Theo hướng dẫn',
  sourceWording: 'Lời văn bản gốc',
  demoNow: 'Đang minh họa:',
  play: 'Phát',
  pause: 'Tạm dừng',
  previous: 'Bước trước',
  next: 'Bước sau',
  speed: 'Tốc độ',
  speedValue: (speed: number) => `${String(speed).replace('.', ',')}×`,
  /** Without the total in Kiểm tra, where it would tell how many components the store can fill. */
  stepCounter: (done: number, total: number | null) =>
    total === null ? `Đã làm ${done} thao tác` : `Đã làm ${done}/${total} thao tác`,
  errorsCounter: (errors: number) => `Số lần sai: ${errors}`,
  stepCounterShort: (done: number, total: number | null, errors: number | null) =>
    `${total === null ? `${done} thao tác` : `${done}/${total}`}${errors === null ? '' : ` · sai ${errors}`}`,
  elsewhere:
    'Bài này đang làm ở thẻ khác của trình duyệt. Mỗi lượt chỉ làm ở một thẻ, để hai thẻ không ghi đè lên nhau.',
  continueHere: 'Tiếp tục ở đây',
  openedAt: 'Bắt đầu từ bước đã chọn; các bước trước đã được làm sẵn theo đúng hướng dẫn.',
  personaTitle: 'Thẻ dữ liệu giả định',
  personaToggle: 'Thẻ dữ liệu',
  barMore: 'Xem đủ',
  madeUpValue: 'Giá trị giả định:',
  fill: 'Điền',
  fillLabel: (field: string) => `Điền giá trị giả định vào ô ${field}`,
  personaNote: 'Dữ liệu giả định, không phải của người thật. Chỉ gõ các giá trị này.',
  badge: 'Mô phỏng – dữ liệu giả định',
  screenLabel: 'Màn hình mô phỏng',
  loading: 'Đang tải trình mô phỏng…',
  resultTitle: 'Kết quả',
  finishedTitle: 'Hoàn thành',
  demoFinished: 'Đã minh họa hết các bước. Chọn “Hướng dẫn” hoặc “Thực hành” để tự làm.',
  passed: 'Đạt',
  failed: 'Chưa đạt',
  score: (score: number, max: number) => `Điểm: ${score}/${max}`,
  passMark: (mark: number) => `Cần ${mark} điểm để đạt.`,
  breakdown: (accuracy: number, errors: number, time: number) =>
    `Làm đúng ngay lần đầu: ${accuracy}/70 · Ít lỗi: ${errors}/15 · Thời gian: ${time}/15`,
  firstTry: (firstTry: number, counted: number) => `Đúng ngay lần đầu ${firstTry}/${counted} thao tác`,
  errors: (errors: number) => `${errors} lần sai`,
  time: (seconds: number) => `thời gian ${Math.floor(seconds / 60)} phút ${seconds % 60} giây`,
  mistakesTitle: 'Những chỗ chưa đúng',
  noMistakes: 'Không có bước nào sai. Rất tốt!',
  hinted: '(đã xem gợi ý)',
  times: (times: number) => `(${times} lần)`,
  readStep: (label: string) => `Đọc lại ${label} trong hướng dẫn`,
  retryStep: 'Thử lại bước này',
  newTest: 'Làm bài kiểm tra mới',
  toSelfAssessment: 'Về trang Tự đánh giá',
  tryTest: 'Khi đã quen, chọn chế độ “Kiểm tra” để được tính điểm.',
  partialRun: 'Lượt này bắt đầu giữa chừng (“Thử bước này”) nên không được ghi kết quả.',
} as const;
