/** The Phụ lục 1 simulator island: its scenario, screens and persona card on the shared root. */
import { fixedSource } from '../../engine/types';
import type { PersonaRow } from '../../ui/Shell';
import { SimulatorRoot, type IslandProps } from '../../ui/SimulatorRoot';
import { scenario } from './scenario';
import { screens } from './screens';

const source = fixedSource(scenario);

const personaRows: PersonaRow[] = [
  { label: 'Họ tên', value: 'name' },
  { label: 'Tên đăng nhập Cổng = số định danh', value: 'idNumber', typed: true },
  { label: 'Mật khẩu tài khoản Cổng', value: 'portalPassword', typed: true },
  { label: 'Mật khẩu VNeID', value: 'vneidPassword', typed: true },
  { label: 'Mã OTP (tin nhắn giả định)', value: 'otp', typed: true },
];

export default function LienKetVneidIsland(props: IslandProps) {
  return <SimulatorRoot source={source} screens={screens} persona={personaRows} {...props} />;
}
