/** The Phụ lục 2 simulator's code, loaded by the registry: its scenario source, screens and persona card. */
import type { ScenarioParts } from '../types';
import { source } from './scenario';
import { screens } from './screens';

export const parts: ScenarioParts = {
  source,
  screens,
  persona: [
    { label: 'Họ tên', value: 'name' },
    { label: 'Số định danh', value: 'idNumber' },
    { label: 'Thủ tục cần nộp', value: 'procedure' },
    { label: 'Đăng nhập', value: 'Bằng VNeID (quét mã QR, mô phỏng)' },
  ],
};
