/** Says, as soon as it happens, that this browser is not keeping the person's progress, and what to do. */
import { useStore } from '@nanostores/preact';
import { storageProblemMessages } from '../../storage/messages';
import { storageProblem } from '../../storage/versioned-store';
import { t } from '../strings';

export function StorageWarning() {
  const problem = useStore(storageProblem);
  return (
    // Always in the page, so a screen reader announces the warning when a write fails mid-way.
    <div role="status" class="sa-storage-status">
      {problem && (
        <p class="sa-warning">
          <span aria-hidden="true">⚠ </span>
          {storageProblemMessages[problem]} {t.storageAdvice}
        </p>
      )}
    </div>
  );
}
