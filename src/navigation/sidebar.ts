import { scenarioPath, scenarios } from '../simulator/scenarios';

/**
 * The sidebar, listed by slug: Starlight's `autogenerate` only reads `src/content/docs`, and the
 * order here is the reading order a newcomer should follow. The simulator pages are made from the
 * scenario registry, not from content/docs, so they are listed by link, in the registry's order.
 */
export const sidebar = [
  { label: 'Trang chủ', slug: 'index' },
  { label: 'Công văn', slug: 'cong-van' },
  {
    label: 'Hướng dẫn',
    items: [
      { label: 'Phụ lục 1: Liên kết tài khoản với VNeID', slug: 'phu-luc-1' },
      { label: 'Phụ lục 2: Tái sử dụng kết quả số hóa', slug: 'phu-luc-2' },
      { label: 'Nộp hồ sơ, thanh toán trực tuyến (bổ sung)', slug: 'huong-dan-them/nop-ho-so-thanh-toan-truc-tuyen' },
      { label: 'Kích hoạt VNeID mức độ 2 (bổ sung)', slug: 'huong-dan-them/kich-hoat-vneid-muc-do-2' },
    ],
  },
  {
    label: 'Luyện tập',
    items: [
      { label: 'Tất cả bài luyện tập', slug: 'luyen-tap' },
      ...scenarios.map((entry) => ({ label: entry.sidebarLabel, link: scenarioPath(entry.id) })),
      // The trainer's decks (src/pages/trinh-chieu/): a page made by code, so listed by link.
      { label: 'Trình chiếu cho giảng viên', link: '/trinh-chieu/' },
    ],
  },
  { label: 'Tự đánh giá', slug: 'tu-danh-gia' },
  { label: 'Tổng hợp (phòng TCHC)', slug: 'tong-hop' },
  {
    label: 'Tra cứu',
    items: [
      { label: 'Thuật ngữ', slug: 'thuat-ngu' },
      { label: 'Hỏi đáp – sự cố thường gặp', slug: 'hoi-dap' },
      { label: 'Căn cứ pháp lý', slug: 'can-cu-phap-ly' },
      { label: 'Về tài liệu gốc', slug: 'tai-lieu-goc' },
    ],
  },
];
