/** The simulator's title and its four modes, one pressed; the chosen mode's description below. */
import { useStore } from '@nanostores/preact';
import { storageProblemMessages } from '../../storage/messages';
import { storageProblem } from '../../storage/versioned-store';
import { MODES, type Mode } from '../engine/types';
import { modeDescriptions, modeLabels, ui } from './strings';

interface Props {
  title: string;
  mode: Mode;
  onChoose: (mode: Mode) => void;
  Heading: 'h2' | 'h3';
}

export function ModeChooser({ title, mode, onChoose, Heading }: Props) {
  // Blocked from the start, or full since a write was refused: the run goes on in memory, and says so.
  const problem = useStore(storageProblem);
  return (
    <div class="sim-top">
      <Heading class="sim-title" id="sim-title">
        {title}
      </Heading>
      <div class="sim-modes" role="group" aria-label={ui.modesLabel}>
        {MODES.map((candidate) => (
          <button
            type="button"
            class="site-button"
            aria-pressed={candidate === mode}
            onClick={() => onChoose(candidate)}
          >
            {modeLabels[candidate]}
          </button>
        ))}
      </div>
      <p class="sim-mode-desc">{modeDescriptions[mode]}</p>
      {problem && (
        <p class="sim-storage" role="alert">
          {storageProblemMessages[problem]}
        </p>
      )}
    </div>
  );
}
