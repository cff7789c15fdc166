/** Every word the practice hub says. */
import { formatDate } from '../dates/index';
import type { ModeResult, SimulatorMode } from '../simulator/results';

export const hub = {
  modesHeading: 'Bốn chế độ',
  modesLabel: 'Mở trình mô phỏng ở chế độ:',
  progressHeading: 'Tiến độ và kết quả của bạn',
  loading: 'đang đọc…',
  noScript:
    'Trình duyệt này đang tắt JavaScript: vẫn xem được các bài và đọc được hai phụ lục, nhưng trình mô phỏng, tiến độ và kết quả đã lưu cần bật JavaScript.',
  storageBlocked: 'Trình duyệt này đang chặn lưu dữ liệu: tiến độ và kết quả không được giữ lại khi tải lại trang.',
  reset: 'Xóa tiến độ và kết quả',
  confirmQuestion: (title: string) =>
    `Xóa tiến độ và mọi kết quả của mô phỏng “${title}” trên trình duyệt này? Sau đó trang Tự đánh giá sẽ coi như bạn chưa làm mô phỏng này.`,
  confirm: 'Có, xóa',
  cancel: 'Không xóa',
  cleared: (title: string) => `Đã xóa tiến độ và kết quả của mô phỏng “${title}”.`,
  notCleared: 'Chưa xóa gì.',
};

/**
 * One mode's line: the run in progress, if any, then the result or "Chưa làm". Only Kiểm tra is scored,
 * so only Kiểm tra shows a score and a verdict; the other modes show that the run was done, and when.
 */
export function modeStatus(mode: SimulatorMode, result: ModeResult | undefined, stepsDone: number | undefined): string {
  const parts: string[] = [];
  if (stepsDone !== undefined) parts.push(`Đang làm dở: đã xong ${stepsDone} thao tác`);
  if (result && mode === 'test') {
    const verdict = result.passed ? 'Đạt' : 'Chưa đạt';
    parts.push(
      `Điểm cao nhất ${result.bestScore}/${result.maxScore}, ${verdict}, ngày ${formatDate(result.completedAt)}`,
    );
  } else if (result) {
    parts.push(`Đã làm hết các bước, ngày ${formatDate(result.completedAt)}`);
  } else if (stepsDone === undefined) {
    parts.push('Chưa làm');
  }
  return parts.join('. ');
}
