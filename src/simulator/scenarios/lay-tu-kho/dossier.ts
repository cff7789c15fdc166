/**
 * The dossier the Phụ lục 2 simulator submits (Cấp Chứng chỉ hành nghề dược, four components) and
 * the papers in the persona's store. Which components have a fitting paper is the task variant: fixed
 * while learning, drawn from the run's seed in Kiểm tra, so a test is not a memorised click path.
 */
import { storedResult, type StoredResult } from '../../portals/persona';
import { hcpv, type DossierComponent } from '../../portals/portal-text';
import { seededRandom } from '../../engine/random';

/** The four components, in the portal's order. */
export const components = Object.keys(hcpv.dossier.components) as DossierComponent[];

/** What each component asks for, short enough for feedback (the portal's full wording is in portal-text.ts). */
export const componentNames: Record<DossierComponent, string> = {
  'ly-lich-tu-phap': 'Phiếu lý lịch tư pháp',
  'thuc-hanh': 'Giấy xác nhận thời gian thực hành chuyên môn',
  'van-bang': 'Bản sao có chứng thực văn bằng chuyên môn',
  cccd: 'Bản sao có chứng thực căn cước công dân',
};

export interface Paper extends StoredResult {
  /** Stable id: the store row's control is `pick-<id>`. */
  id: string;
  /** The component this paper can stand for; null for a paper this dossier does not need. */
  fits: DossierComponent | null;
  /** Whether the source's screenshot lists it; the others the site added for practice, and says so where they show. */
  inSource: boolean;
}

const copy = 'BẢN SAO CHỨNG THỰC ĐIỆN TỬ';

/**
 * Every paper the store can hold: the source's three (a practising certificate, a marital-status
 * certificate, a judicial record) and three electronic certified copies. Two never fit: the
 * marital-status certificate (confused with the judicial record, both from the justice sector) and an
 * earlier practising certificate (the thing applied for, not a component of the application; the
 * source's screenshot ticks it for the practice-time component, which the guide's figures correct).
 */
export const papers: Record<string, Paper> = {
  'ly-lich-tu-phap': {
    id: 'ly-lich-tu-phap',
    ...storedResult('G15', '000789', 'Phiếu lý lịch tư pháp số 2', 'PHIẾU LÝ LỊCH TƯ PHÁP', '1706334567', 366402),
    fits: 'ly-lich-tu-phap',
    inSource: true,
  },
  'hon-nhan': {
    id: 'hon-nhan',
    ...storedResult(
      'G15',
      '000456',
      'Giấy xác nhận tình trạng hôn nhân',
      'GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN',
      '1706423456',
      498733,
    ),
    fits: null,
    inSource: true,
  },
  'chung-chi': {
    id: 'chung-chi',
    ...storedResult('G18', '000123', 'Chứng chỉ hành nghề dược', 'CHỨNG CHỈ HÀNH NGHỀ DƯỢC', '1706512345', 812345),
    fits: null,
    inSource: true,
  },
  'thuc-hanh': {
    id: 'thuc-hanh',
    ...storedResult(
      'G15',
      '001024',
      'Bản sao chứng thực điện tử Giấy xác nhận thời gian thực hành chuyên môn',
      copy,
      '1706245678',
      402118,
    ),
    fits: 'thuc-hanh',
    inSource: false,
  },
  'van-bang': {
    id: 'van-bang',
    ...storedResult(
      'G15',
      '001025',
      'Bản sao chứng thực điện tử Bằng tốt nghiệp đại học ngành Dược',
      copy,
      '1706245702',
      655940,
    ),
    fits: 'van-bang',
    inSource: false,
  },
  cccd: {
    id: 'cccd',
    ...storedResult('G15', '001026', 'Bản sao chứng thực điện tử Căn cước công dân', copy, '1706245733', 287311),
    fits: 'cccd',
    inSource: false,
  },
};

/** The papers that never fit: always in the store, so every variant asks for a real choice. */
const distractors = ['hon-nhan', 'chung-chi'];

export interface DossierVariant {
  /** Components with a fitting paper in the store; the others need a file attached. */
  fitting: DossierComponent[];
  /** The store's rows, by paper id, in the order the store lists them. */
  store: string[];
}

/** The variant of the guide and of the learning modes: three components reusable, one not. */
export const learningVariant: DossierVariant = {
  fitting: ['ly-lich-tu-phap', 'thuc-hanh', 'cccd'],
  store: ['chung-chi', 'hon-nhan', 'ly-lich-tu-phap', 'thuc-hanh', 'cccd'],
};

/**
 * A Kiểm tra variant: at least one component reusable and at least one not, so each test checks both
 * judgements; the store's rows shuffled, so the answer is never "row 1". Always solvable: a component
 * without a paper is done by attaching a file. The same seed always gives the same variant.
 */
export function drawVariant(seed: number): DossierVariant {
  const random = seededRandom(seed);
  // Bit i set: component i has a paper. 1..14 leaves out "none" (0) and "all" (15).
  const mask = 1 + Math.floor(random() * 14);
  const fitting = components.filter((_, index) => (mask & (1 << index)) !== 0);
  const store = [...fitting, ...distractors];
  for (let i = store.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [store[i], store[j]] = [store[j]!, store[i]!];
  }
  return { fitting, store };
}

/** The paper that fits a component in a variant, if the store has one (a fitting paper's id is its component's). */
export function fittingPaper(variant: DossierVariant, component: DossierComponent): Paper | undefined {
  return variant.fitting.includes(component) ? papers[component] : undefined;
}
