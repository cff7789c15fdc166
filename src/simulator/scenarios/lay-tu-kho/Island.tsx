/** The Phụ lục 2 simulator island: its scenario source, screens and persona card on the shared root. */
import type { PersonaRow } from '../../ui/Shell';
import { SimulatorRoot, type IslandProps } from '../../ui/SimulatorRoot';
import { source } from './scenario';
import { screens } from './screens';

const personaRows: PersonaRow[] = [
  { label: 'Họ tên', value: 'name' },
  { label: 'Số định danh', value: 'idNumber' },
  { label: 'Thủ tục cần nộp', value: 'procedure' },
  { label: 'Đăng nhập', value: 'Bằng VNeID (quét mã QR, mô phỏng)' },
];

export default function LayTuKhoIsland(props: IslandProps) {
  return <SimulatorRoot source={source} screens={screens} persona={personaRows} {...props} />;
}
