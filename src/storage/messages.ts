/**
 * What every page says when its progress is not being kept (see `storageProblem`), in one place so
 * the simulators, the practice hub and the self-assessment say the same thing. Each page may add what
 * is specific to it (the self-assessment: export the result file before closing).
 */
import type { StorageProblem } from './versioned-store';

export const storageProblemMessages = {
  full: 'Không lưu được tiến độ trên máy này (bộ nhớ trình duyệt đã đầy): những gì bạn làm từ lúc này sẽ mất khi tải lại hoặc đóng trang, dù trang vẫn dùng được. Cách khắc phục: trong cài đặt trình duyệt, xóa dữ liệu của những trang web không còn dùng rồi tải lại trang, hoặc mở trang bằng trình duyệt khác.',
  blocked:
    'Trình duyệt này đang chặn lưu dữ liệu (chế độ ẩn danh, cài đặt bảo mật hoặc trình duyệt trong ứng dụng), nên tiến độ sẽ mất khi bạn tải lại hoặc đóng trang. Trang vẫn dùng được.',
} as const satisfies Record<StorageProblem, string>;
