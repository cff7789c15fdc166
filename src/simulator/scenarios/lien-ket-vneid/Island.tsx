/**
 * The Phụ lục 1 simulator island. The page passes the guide's wording (read at build time), so no YAML
 * or Markdown code reaches the browser. Before hydration the server-rendered placeholder shows; the
 * runtime is created in the browser only, where saved progress lives.
 */
import { useEffect, useState } from 'preact/hooks';
import { MODE_PARAM, modeFromSlug } from '../../catalogue';
import { createRuntime, type SimulatorRuntime } from '../../runtime/session';
import { Shell, type GuideStepView, type PersonaRow } from '../../ui/Shell';
import { ui } from '../../ui/strings';
import { scenario } from './scenario';
import { screens } from './screens';

const personaRows: PersonaRow[] = [
  { label: 'Họ tên', value: 'name' },
  { label: 'Tên đăng nhập Cổng = số định danh', value: 'idNumber' },
  { label: 'Mật khẩu tài khoản Cổng', value: 'portalPassword' },
  { label: 'Mật khẩu VNeID', value: 'vneidPassword' },
  { label: 'Mã OTP (tin nhắn giả định)', value: 'otp' },
];

/** The query parameter "Thử bước này" links carry: `?buoc=p1-b3`. */
export const STEP_PARAM = 'buoc';

let shared: SimulatorRuntime | undefined;

interface Props {
  guideSteps: GuideStepView[];
  headingLevel: 2 | 3;
}

export default function LienKetVneidIsland({ guideSteps, headingLevel }: Props) {
  const [runtime, setRuntime] = useState<SimulatorRuntime | null>(null);

  useEffect(() => {
    shared ??= createRuntime(scenario);
    const url = new URL(window.location.href);
    const step = url.searchParams.get(STEP_PARAM);
    const mode = modeFromSlug(url.searchParams.get(MODE_PARAM));
    const opened = step !== null && shared.openAt(step);
    if (!opened && mode) shared.setMode(mode);
    if (opened || mode) {
      // Acted on once; a reload then resumes like any other run instead of starting over.
      url.searchParams.delete(STEP_PARAM);
      url.searchParams.delete(MODE_PARAM);
      history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    }
    setRuntime(shared);
  }, []);

  return (
    <section class="sim not-content" aria-labelledby="sim-title" data-simulator={scenario.id}>
      {runtime ? (
        <Shell runtime={runtime} screens={screens} persona={personaRows} guideSteps={guideSteps} headingLevel={headingLevel} />
      ) : (
        <p class="sim-loading" id="sim-title">
          {ui.loading}
        </p>
      )}
    </section>
  );
}
