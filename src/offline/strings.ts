/** Every word the offline support says. */
export const offlineStrings = {
  updateReady: 'Đã có bản mới của trang tập huấn.',
  reload: 'Tải lại',
  later: 'Để sau',
};

/** Server-rendered on /luyen-tap/, shown by `register.ts` over plain http only. */
export const httpsNeeded =
  'Trang đang mở bằng địa chỉ http: muốn dùng khi mất mạng (sau một lần mở có mạng), hãy mở trang bằng địa chỉ https.';
