/** "Nạp tệp kết quả": the drop zone, the file and folder pickers, progress and the status line. */
import { useStore } from '@nanostores/preact';
import { useRef, useState } from 'preact/hooks';
import { loaderStrings as ls } from '../strings';
import { filesFromDrop, filesFromInput, type PickedFile } from './read-files';
import { $progress, $status, $storage } from './state';

interface Props {
  busy: boolean;
  onFiles: (picked: PickedFile[]) => void;
}

function DropZone({ busy, onFiles }: Props) {
  const [dragging, setDragging] = useState(false);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const onPicked = (event: { currentTarget: HTMLInputElement }) => {
    const input = event.currentTarget;
    const picked = filesFromInput(input);
    // Cleared so picking the same files again still loads them.
    input.value = '';
    onFiles(picked);
  };
  return (
    <div
      class={`agg-drop${dragging ? ' agg-drop--active' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        if (event.dataTransfer) void filesFromDrop(event.dataTransfer).then(onFiles);
      }}
    >
      <p>{ls.dropHint}</p>
      <div class="agg-buttons">
        <button
          type="button"
          class="site-button site-button--primary"
          disabled={busy}
          onClick={() => filesInput.current?.click()}
        >
          {ls.pickFiles}
        </button>
        <button
          type="button"
          class="site-button site-button--primary"
          disabled={busy}
          onClick={() => folderInput.current?.click()}
        >
          {ls.pickFolder}
        </button>
      </div>
      <input
        ref={filesInput}
        type="file"
        multiple
        accept=".json,.zip,application/json,application/zip"
        hidden
        data-testid="agg-files"
        aria-label={ls.pickFiles}
        onChange={onPicked}
      />
      <input
        ref={(element) => {
          folderInput.current = element;
          // Not in Preact's typings; every current browser supports picking a folder this way.
          element?.setAttribute('webkitdirectory', '');
        }}
        type="file"
        multiple
        hidden
        data-testid="agg-folder"
        aria-label={ls.pickFolder}
        onChange={onPicked}
      />
      <p class="agg-note">{ls.addingNote}</p>
    </div>
  );
}

export function LoadSection(props: Props) {
  const progress = useStore($progress);
  const status = useStore($status);
  const storage = useStore($storage);
  return (
    <section aria-labelledby="agg-load">
      <h2 id="agg-load">{ls.heading}</h2>
      <DropZone {...props} />
      {progress && (
        <div class="agg-progress">
          <label for="agg-progress">{ls.progressLabel}</label>
          <progress id="agg-progress" max={progress.total || 1} value={progress.done} />
        </div>
      )}
      <p class="agg-status" role="status" aria-live="polite">
        {status}
      </p>
      {storage === 'blocked' && <p class="agg-warning">{ls.storageBlocked}</p>}
    </section>
  );
}
