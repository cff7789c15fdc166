/** What the search box says of itself. */

/** Shown in place of results when the search's code or index cannot be fetched (offline, a blocked folder). */
export const indexUnavailableMessage =
  'Không tải được chỉ mục tìm kiếm. Hãy kiểm tra kết nối mạng rồi tải lại trang; các trang đã mở vẫn đọc được.';
