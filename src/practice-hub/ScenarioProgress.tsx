/**
 * One hub card's live part: the person's progress and best results for a scenario, and "Xóa tiến độ và
 * kết quả" with an inline confirmation. Everything else on the card is static HTML from PracticeHub.astro.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { simulatorResults } from '../simulator/results';
import { modeLabels } from '../simulator/ui/strings';
import { storageAvailable } from '../storage/versioned-store';
import { runsInProgress, runsKey, TRACKED_MODES, withoutScenario, type RunsInProgress } from './progress';
import { hub, modeStatus } from './strings';

interface Props {
  scenarioId: string;
  title: string;
}

function readRuns(scenarioId: string): RunsInProgress {
  return storageAvailable ? runsInProgress(localStorage.getItem(runsKey(scenarioId))) : {};
}

export default function ScenarioProgress(props: Props) {
  // Saved progress exists only in the browser: the server renders an outline, not a guess.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted ? <Progress {...props} /> : <ProgressOutline />;
}

/**
 * The progress block as drawn before the browser has read what is saved: the same heading and one line per
 * mode, each still being read, so the card already has its size and nothing below it moves (issue 16).
 */
function ProgressOutline() {
  return (
    <div class="hub-progress" aria-busy="true">
      <h3>{hub.progressHeading}</h3>
      <dl class="hub-status">
        {TRACKED_MODES.map((mode) => (
          <div key={mode}>
            <dt>{modeLabels[mode]}:</dt> <dd class="hub-loading">{hub.loading}</dd>
          </div>
        ))}
      </dl>
      <p class="hub-message" role="status" />
    </div>
  );
}

function Progress({ scenarioId, title }: Props) {
  const results = useStore(simulatorResults)[scenarioId] ?? {};
  const [runs, setRuns] = useState(() => readRuns(scenarioId));
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // Where focus goes once the next render has drawn it (the element may not exist yet when asked).
  const focusNext = useRef<'heading' | 'reset' | 'cancel' | null>(null);

  // Another tab, or coming Back from the simulator (the page may come from the back/forward cache).
  useEffect(() => {
    const reread = () => setRuns(readRuns(scenarioId));
    window.addEventListener('storage', reread);
    window.addEventListener('pageshow', reread);
    return () => {
      window.removeEventListener('storage', reread);
      window.removeEventListener('pageshow', reread);
    };
  }, [scenarioId]);

  useEffect(() => {
    if (focusNext.current === null) return;
    const target = { heading, reset: resetButton, cancel: cancelButton }[focusNext.current];
    target.current?.focus();
    focusNext.current = null;
  });

  const questionId = `hub-xoa-${scenarioId}`;
  const hasSaved = Object.keys(results).length > 0 || Object.keys(runs).length > 0;

  const ask = () => {
    setConfirming(true);
    setMessage('');
    // The safe answer takes focus, so Enter pressed by habit deletes nothing.
    focusNext.current = 'cancel';
  };
  const cancel = () => {
    setConfirming(false);
    setMessage(hub.notCleared);
    focusNext.current = 'reset';
  };
  const clear = () => {
    if (storageAvailable) localStorage.removeItem(runsKey(scenarioId));
    simulatorResults.set(withoutScenario(simulatorResults.get(), scenarioId));
    setRuns({});
    setConfirming(false);
    setMessage(hub.cleared(title));
    // The reset button is gone once nothing is saved: the section's heading keeps the reader's place.
    focusNext.current = 'heading';
  };

  return (
    <div class="hub-progress">
      <h3 ref={heading} tabIndex={-1}>
        {hub.progressHeading}
      </h3>
      {!storageAvailable && <p class="hub-note">{hub.storageBlocked}</p>}
      <dl class="hub-status">
        {TRACKED_MODES.map((mode) => (
          <div key={mode}>
            <dt>{modeLabels[mode]}:</dt> <dd>{modeStatus(mode, results[mode], runs[mode])}</dd>
          </div>
        ))}
      </dl>
      {confirming ? (
        <div
          class="hub-confirm"
          role="group"
          aria-labelledby={questionId}
          onKeyDown={(event) => {
            if (event.key === 'Escape') cancel();
          }}
        >
          <p id={questionId}>{hub.confirmQuestion(title)}</p>
          <div class="hub-actions">
            <button type="button" class="site-button site-button--danger" onClick={clear}>
              {hub.confirm}
            </button>
            <button type="button" class="site-button" ref={cancelButton} onClick={cancel}>
              {hub.cancel}
            </button>
          </div>
        </div>
      ) : (
        hasSaved && (
          <button type="button" class="site-button" ref={resetButton} onClick={ask}>
            {hub.reset}
          </button>
        )
      )}
      <p class="hub-message" role="status">
        {message}
      </p>
    </div>
  );
}
