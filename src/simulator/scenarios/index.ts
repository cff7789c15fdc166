/**
 * The registry of simulators: every scenario the site has and what the site says about it. Its page
 * (/luyen-tap/<id>/), its sidebar entry, its practice-hub card, its short label in the aggregation and the
 * self-assessment's list of simulators are all made from here, so a new scenario is its folder beside
 * this file (scenario.ts, screens.tsx, parts.ts, found by ./load.ts) plus one entry below.
 *
 * Data only: astro.config.mjs (the sidebar) and the pages that merely list scenarios read it, and a
 * scenario's code arrives only through `loadScenario` (./load.ts), as a chunk of its own.
 */
import type { ScenarioEntry } from './types';

export type { ScenarioEntry, ScenarioParts } from './types';

export const scenarios = [
  {
    id: 'lien-ket-vneid',
    title: 'Liên kết tài khoản Cổng DVCQG với VNeID',
    sidebarLabel: 'Mô phỏng: liên kết VNeID',
    shortLabel: 'Mô phỏng liên kết VNeID',
    summary: 'Đăng nhập Cổng Dịch vụ công quốc gia rồi liên kết tài khoản với tài khoản định danh điện tử VNeID.',
    guide: { path: '/phu-luc-1/', label: 'Đọc Phụ lục\u00a01' },
    page: {
      title: 'Mô phỏng: liên kết tài khoản Cổng Dịch vụ công quốc gia với VNeID',
      description:
        'Luyện tập các bước của Phụ lục 1 trên màn hình mô phỏng, với dữ liệu giả định: xem minh họa, làm có hướng dẫn, thực hành và kiểm tra có chấm điểm.',
      intro:
        'Luyện tập [Phụ lục 1](/phu-luc-1/) trên màn hình vẽ lại Cổng Dịch vụ công quốc gia và VNeID, không cần tài khoản thật. Mọi số liệu là **dữ liệu giả định**: đừng gõ số định danh, số điện thoại, mật khẩu hay mã OTP thật của mình. Tiến độ được lưu trong trình duyệt này; kết quả chế độ **Kiểm tra** được dùng cho phiếu tự đánh giá.',
    },
    guideIntro:
      'Tập đăng nhập, cập nhật thông tin định danh và liên kết tài khoản trên màn hình vẽ lại Cổng Dịch vụ công quốc gia và VNeID, với dữ liệu giả định: xem minh họa, làm có hướng dẫn, thực hành hoặc kiểm tra có chấm điểm. Mỗi bước bên dưới có nút “Thử bước này trên mô phỏng”.',
  },
  {
    id: 'lay-tu-kho',
    title: 'Lấy kết quả từ Kho dữ liệu cá nhân khi nộp hồ sơ',
    sidebarLabel: 'Mô phỏng: Lấy từ kho',
    shortLabel: 'Mô phỏng lấy từ kho',
    summary:
      'Xem Kho dữ liệu cá nhân, rồi khi nộp hồ sơ trực tuyến quyết định với từng thành phần: kho có giấy tờ phù hợp thì “Lấy từ kho”, không có thì tải tệp lên.',
    guide: { path: '/phu-luc-2/', label: 'Đọc Phụ lục\u00a02' },
    page: {
      title: 'Mô phỏng Phụ lục 2: dùng lại kết quả đã số hóa khi nộp hồ sơ trực tuyến',
      description:
        'Luyện tập các bước của Phụ lục 2 trên màn hình mô phỏng cổng dịch vụ công của tỉnh, với dữ liệu giả định: chọn đúng giấy tờ trong kho cho từng thành phần hồ sơ, và biết làm gì khi kho không có.',
      intro:
        'Luyện tập [Phụ lục 2](/phu-luc-2/) trên màn hình vẽ lại cổng dịch vụ công của tỉnh (Hành chính phục vụ), không cần tài khoản thật. Mọi số liệu là **dữ liệu giả định**. Với từng thành phần hồ sơ, hãy quyết định: kho có giấy tờ phù hợp thì **Lấy từ kho**, không có thì tải tệp lên. Ở chế độ **Kiểm tra**, mỗi lần làm, kho có những giấy tờ khác nhau. Tiến độ được lưu trong trình duyệt này; kết quả **Kiểm tra** được dùng cho phiếu tự đánh giá. Xem mọi bài luyện tập ở trang [Luyện tập](/luyen-tap/).',
    },
    guideIntro:
      'Tập nộp hồ sơ trực tuyến trên màn hình vẽ lại cổng dịch vụ công của tỉnh, với dữ liệu giả định: xem trong Kho dữ liệu cá nhân có gì, rồi với từng thành phần hồ sơ quyết định lấy từ kho hay tải tệp lên. Có bốn chế độ: xem minh họa, hướng dẫn, thực hành và kiểm tra có chấm điểm (mỗi lần kiểm tra, kho có giấy tờ khác nhau). Mỗi bước bên dưới có nút “Thử bước này trên mô phỏng”.',
  },
] as const satisfies readonly ScenarioEntry[];

export type ScenarioId = (typeof scenarios)[number]['id'];

/** The page of a scenario, root-relative: pages are made from the registry at this address. */
export const scenarioPath = (id: string) => `/luyen-tap/${id}/`;

export function isScenarioId(id: string): id is ScenarioId {
  return scenarios.some((entry) => entry.id === id);
}

/** The entry of `id`; an unknown id (a typo in an MDX page) stops the build and names the registry. */
export function scenarioById(id: string): ScenarioEntry {
  const entry = scenarios.find((candidate) => candidate.id === id);
  if (!entry) {
    throw new Error(
      `Không có mô phỏng "${id}" trong src/simulator/scenarios/index.ts (có: ${scenarios.map((s) => s.id).join(', ')})`,
    );
  }
  return entry;
}
