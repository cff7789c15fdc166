/**
 * What every page says when its progress is not being kept (see `storageProblem`), in one place so
 * the simulators, the practice hub and the self-assessment say the same thing. Each page may add what
 * is specific to it (the self-assessment: export the result file before closing).
 */
import type { StorageProblem } from './versioned-store';

export const storageProblemMessages = {
  full: 'Không lưu được tiến độ trên máy này (bộ nhớ trình duyệt đã đầy), nên những gì bạn làm từ lúc này sẽ mất khi tải lại hoặc đóng trang. Trang vẫn dùng được. Để lưu lại được: xóa dữ liệu của các trang web không còn dùng trong cài đặt trình duyệt (Cài đặt → Quyền riêng tư → Xóa dữ liệu duyệt web) hoặc mở trang bằng trình duyệt khác, rồi tải lại trang; nếu vẫn không được, hãy báo bộ phận công nghệ thông tin của đơn vị.',
  blocked:
    'Trình duyệt này đang chặn lưu dữ liệu (chế độ ẩn danh, cài đặt bảo mật hoặc trình duyệt trong ứng dụng), nên tiến độ sẽ mất khi bạn tải lại hoặc đóng trang. Trang vẫn dùng được.',
} as const satisfies Record<StorageProblem, string>;
