/** The purpose notice (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15, Nghị định 356/2025/NĐ-CP), shown before anything is saved. */
import type { ComponentChildren } from 'preact';
import { t } from '../strings';

interface Props {
  onAccept: () => void;
  /** The import button and its messages, for someone who already has a file. */
  importControls: ComponentChildren;
}

export function Notice({ onAccept, importControls }: Props) {
  return (
    <section class="sa-section sa-notice" aria-labelledby="thong-bao-tieu-de">
      <h2 id="thong-bao-tieu-de" tabIndex={-1}>
        {t.notice.heading}
      </h2>
      <p>{t.notice.intro}</p>
      <ul>
        <li>{t.notice.kept}</li>
        <li>{t.notice.purpose}</li>
        <li>{t.notice.where}</li>
        <li>{t.notice.file}</li>
        <li>{t.notice.never}</li>
      </ul>
      <button type="button" class="site-button site-button--primary" onClick={onAccept}>
        {t.notice.accept}
      </button>
      <p>{t.notice.haveFile}</p>
      {importControls}
    </section>
  );
}
