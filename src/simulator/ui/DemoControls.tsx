/** Xem minh họa's controls: previous step, play/pause, next step and speed, driving the demo player. */
import { useStore } from '@nanostores/preact';
import { DEMO_SPEEDS, type DemoPlayer, type DemoSpeed } from '../runtime/demo';
import { modeLabels, ui } from './strings';

interface Props {
  demo: DemoPlayer;
  finished: boolean;
}

export function DemoControls({ demo, finished }: Props) {
  const playing = useStore(demo.$playing);
  const speed = useStore(demo.$speed);
  return (
    <div class="sim-demo" role="group" aria-label={modeLabels.demo}>
      <button type="button" class="site-button" disabled={!demo.canGoBack()} onClick={() => demo.previous()}>
        ◀ {ui.previous}
      </button>
      <button
        type="button"
        class="site-button site-button--primary"
        aria-pressed={playing}
        onClick={() => (playing ? demo.pause() : demo.play())}
      >
        {playing ? `❚❚ ${ui.pause}` : `▶ ${ui.play}`}
      </button>
      <button type="button" class="site-button" disabled={finished} onClick={() => demo.next()}>
        {ui.next} ▶
      </button>
      <label class="sim-speed">
        {ui.speed}{' '}
        <select
          value={String(speed)}
          onChange={(event) => demo.setSpeed(Number(event.currentTarget.value) as DemoSpeed)}
        >
          {DEMO_SPEEDS.map((option) => (
            <option value={String(option)}>{ui.speedValue(option)}</option>
          ))}
        </select>
      </label>
    </div>
  );
}
