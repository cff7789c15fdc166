/** The result file: export (download or share), re-import, print, clear; and the way out of Zalo. */
import type { RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { copyText, type InAppBrowser } from '../environment';
import type { Message, MessagePlace } from '../file-actions';
import type { FieldProblem } from '../form';
import { t } from '../strings';
import { sectionIds } from '../summary';

/**
 * Both live regions are always in the page so screen readers announce a new message; only the one
 * whose place matches shows text.
 */
export function Messages({ message, place }: { message: Message | null; place: MessagePlace }) {
  const here = message?.place === place ? message : null;
  return (
    <div class="sa-messages">
      <div role="status" class={here?.kind === 'status' ? 'sa-message sa-message-ok' : undefined}>
        {here?.kind === 'status' && here.text}
      </div>
      <div role="alert" class={here?.kind === 'error' ? 'sa-message sa-message-error' : undefined}>
        {here?.kind === 'error' && (
          <>
            <span aria-hidden="true">⚠ </span>
            {here.text}
          </>
        )}
      </div>
    </div>
  );
}

/** "Nhập lại tệp kết quả": a real button that opens the file picker (a bare file input reads badly). */
export function ImportControl({ id, onFile }: { id: string; onFile: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div class="sa-import">
      <button type="button" class="site-button" aria-describedby={`${id}-goi-y`} onClick={() => input.current?.click()}>
        {t.file.import}
      </button>
      <p id={`${id}-goi-y`} class="sa-hint">
        {t.file.importHint}
      </p>
      <input
        ref={input}
        id={id}
        type="file"
        accept=".json,application/json,text/plain"
        hidden
        tabIndex={-1}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so picking the same file again still reports.
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}

function InAppNotice({ kind }: { kind: Exclude<InAppBrowser, null> }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const address = window.location.href.split('#')[0]!;
  return (
    <div class="sa-warning sa-in-app" role="note" aria-labelledby="trong-ung-dung-tieu-de">
      <h3 id="trong-ung-dung-tieu-de">{kind === 'zalo' ? t.inApp.zaloHeading : t.inApp.otherHeading}</h3>
      <p>{t.inApp.body}</p>
      <ol>
        {t.inApp.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <div class="sa-field">
        <label for="dia-chi-trang">{t.inApp.address}</label>
        <div class="sa-copy">
          <input
            id="dia-chi-trang"
            type="text"
            readOnly
            value={address}
            onFocus={(event) => event.currentTarget.select()}
          />
          <button type="button" class="site-button" onClick={() => void copyText(address).then(setCopied)}>
            {t.inApp.copy}
          </button>
        </div>
      </div>
      <p role="status">{copied === null ? '' : copied ? t.inApp.copied : t.inApp.copyFailed}</p>
      <p>{t.inApp.shareInstead}</p>
    </div>
  );
}

interface Props {
  problems: FieldProblem[];
  errorSummaryRef: RefObject<HTMLDivElement>;
  incomplete: boolean;
  inApp: InAppBrowser;
  shareSupported: boolean;
  schemaHref: string;
  message: Message | null;
  onExport: () => void;
  onShare: () => void;
  onImport: (file: File) => void;
  onPrint: () => void;
  onClear: () => void;
}

export function FileSection(props: Props) {
  const { problems } = props;
  return (
    <section id={sectionIds.file} class="sa-section" aria-labelledby="tep-ket-qua-tieu-de">
      <h2 id="tep-ket-qua-tieu-de">{t.file.heading}</h2>
      <p>{t.file.intro}</p>
      {props.inApp && <InAppNotice kind={props.inApp} />}
      {problems.length > 0 && (
        <div id="loi-xuat-tep" ref={props.errorSummaryRef} class="sa-error-summary" role="alert" tabIndex={-1}>
          <p>
            <strong>{t.file.cannotExport}</strong>
          </p>
          <ul>
            {problems.map((problem) => (
              <li key={problem.field + problem.message}>
                <a
                  href={`#${problem.field}`}
                  onClick={(event) => {
                    // Put the caret in the field, not just scroll to it.
                    const field = document.getElementById(problem.field);
                    if (!field) return;
                    event.preventDefault();
                    field.scrollIntoView({ block: 'center' });
                    field.focus();
                  }}
                >
                  {problem.label}: {problem.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="sa-actions">
        <button type="button" class="site-button site-button--primary" onClick={props.onExport}>
          {t.file.export}
        </button>
        {props.shareSupported && (
          <button type="button" class="site-button" aria-describedby="chia-se-goi-y" onClick={props.onShare}>
            {t.file.share}
          </button>
        )}
        <button type="button" class="site-button" onClick={props.onPrint}>
          {t.file.print}
        </button>
      </div>
      {props.shareSupported && (
        <p id="chia-se-goi-y" class="sa-hint">
          {t.file.shareHint}
        </p>
      )}
      {props.incomplete && <p class="sa-hint">{t.file.incompleteNote}</p>}
      <Messages message={props.message} place="file" />
      <ImportControl id="nhap-tep" onFile={props.onImport} />
      <p class="sa-hint">
        {t.file.checksumNote} <a href={props.schemaHref}>{t.file.schema}</a>.
      </p>
      <div class="sa-actions sa-danger-zone">
        <button type="button" class="site-button site-button--danger" onClick={props.onClear}>
          {t.file.clear}
        </button>
      </div>
    </section>
  );
}
