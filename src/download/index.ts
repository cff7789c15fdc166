/**
 * Saving a file the page made (a result file, a report) through the browser's own download: the bytes
 * go into an object URL on a temporary link. Nothing is uploaded. Both pages save files through this.
 */

/** A file made in the page, ready to save. */
export interface DownloadFile {
  data: BlobPart;
  fileName: string;
  /** Its MIME type, e.g. `text/csv;charset=utf-8`. */
  type: string;
}

/**
 * How long the object URL outlives the click. Chromium takes hold of the blob during `click()`, but
 * Firefox fetches it in a later task (Mozilla bug 1282407: revoking right after the click loses the
 * download, and a zero timeout only just wins that race), and WebKit and the in-app browsers of Zalo
 * and Facebook start later still on a slow phone. Ten seconds covers them all; the file is released
 * soon after, so a page that exports many times does not keep every copy in memory.
 */
export const REVOKE_AFTER_MS = 10_000;

export function download({ data, fileName, type }: DownloadFile): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
