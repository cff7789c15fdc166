/** Says which saved answers could not be read back and were left out, so nothing vanishes unexplained. */
import { useStore } from '@nanostores/preact';
import { droppedOnRead } from '../../storage/versioned-store';
import { droppedSummary } from '../dropped-notes';
import { t } from '../strings';
import type { AssessmentContent } from '../types';

export function DroppedNote({ content }: { content: AssessmentContent }) {
  const parts = droppedSummary(content, useStore(droppedOnRead));
  if (parts.length === 0) return null;
  return (
    <div class="sa-warning" role="note" aria-labelledby="du-lieu-bo-tieu-de">
      <h2 id="du-lieu-bo-tieu-de" class="sa-warning-title">
        {t.dropped.heading}
      </h2>
      <p>{t.dropped.intro}</p>
      <ul>
        {parts.map((part) => (
          <li key={part}>{part}</li>
        ))}
      </ul>
      <p>{t.dropped.after}</p>
    </div>
  );
}
