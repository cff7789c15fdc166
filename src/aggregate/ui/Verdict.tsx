import type { TargetResult } from '../report';
import { strings } from '../strings';

/** "✓ Đạt" / "✗ Chưa đạt" / "— Chưa có số liệu": a word and an icon, never colour alone. */
export function Verdict({ result }: { result: TargetResult }) {
  const state = result.of === 0 ? 'none' : result.met ? 'met' : 'not-met';
  const icon = state === 'met' ? '✓' : state === 'not-met' ? '✗' : '–';
  const text = state === 'met' ? strings.met : state === 'not-met' ? strings.notMet : strings.noData;
  return (
    <span class={`agg-verdict agg-verdict--${state}`}>
      <span aria-hidden="true">{icon}</span> {text}
    </span>
  );
}
