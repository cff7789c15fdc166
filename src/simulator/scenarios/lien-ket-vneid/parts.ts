/** The Phụ lục 1 simulator's code, loaded by the registry: its scenario, screens and persona card. */
import { fixedSource } from '../../engine/types';
import type { ScenarioParts } from '../types';
import { scenario } from './scenario';
import { screens } from './screens';

export const parts: ScenarioParts = {
  source: fixedSource(scenario),
  screens,
  persona: [
    { label: 'Họ tên', value: 'name' },
    { label: 'Tên đăng nhập Cổng = số định danh', value: 'idNumber', typed: true },
    { label: 'Mật khẩu tài khoản Cổng', value: 'portalPassword', typed: true },
    { label: 'Mật khẩu VNeID', value: 'vneidPassword', typed: true },
    { label: 'Mã OTP (tin nhắn giả định)', value: 'otp', typed: true },
  ],
};
