/**
 * The simulators that exist on this site. The self-assessment shows a simulator item as "chưa có"
 * until its scenario is listed here, so it never counts a pass that could not have happened.
 */
import type { Mode } from './engine/types';

/** The query parameter that opens a simulator page in a given mode (`?che-do=kiem-tra`), e.g. from the hub. */
export const MODE_PARAM = 'che-do';

/** Each mode's value of `MODE_PARAM`: Vietnamese, without accents, as in the site's slugs. */
export const modeSlugs: Record<Mode, string> = {
  demo: 'xem-minh-hoa',
  guided: 'huong-dan',
  practice: 'thuc-hanh',
  test: 'kiem-tra',
};

export function modeFromSlug(slug: string | null): Mode | null {
  const found = Object.entries(modeSlugs).find(([, value]) => value === slug);
  return found ? (found[0] as Mode) : null;
}

export interface ScenarioEntry {
  /** Stable id, used in the results store and in result files. */
  id: string;
  /** Title shown to staff. */
  title: string;
  /** Root-relative path of the full-screen simulator page. */
  path: string;
  /** Root-relative path of the guide the scenario practises. */
  guide: string;
  /** The link text to that guide. */
  guideLabel: string;
  /** What it practises, in one sentence (the practice hub's cards). */
  summary: string;
}

/** Scenario ids the site plans; result files may name them before the simulator ships. */
export const PLANNED_SCENARIO_IDS = ['lien-ket-vneid', 'lay-tu-kho'] as const;

export const scenarioCatalogue: readonly ScenarioEntry[] = [
  {
    id: 'lien-ket-vneid',
    title: 'Liên kết tài khoản Cổng DVCQG với VNeID',
    path: '/luyen-tap/lien-ket-vneid/',
    guide: '/phu-luc-1/',
    guideLabel: 'Đọc Phụ lục\u00a01',
    summary: 'Đăng nhập Cổng Dịch vụ công quốc gia rồi liên kết tài khoản với tài khoản định danh điện tử VNeID.',
  },
  {
    id: 'lay-tu-kho',
    title: 'Lấy kết quả từ Kho dữ liệu cá nhân khi nộp hồ sơ',
    path: '/luyen-tap/lay-tu-kho/',
    guide: '/phu-luc-2/',
    guideLabel: 'Đọc Phụ lục\u00a02',
    summary:
      'Xem Kho dữ liệu cá nhân, rồi khi nộp hồ sơ trực tuyến quyết định với từng thành phần: kho có giấy tờ phù hợp thì “Lấy từ kho”, không có thì tải tệp lên.',
  },
];

export function isScenarioAvailable(id: string): boolean {
  return scenarioCatalogue.some((scenario) => scenario.id === id);
}
