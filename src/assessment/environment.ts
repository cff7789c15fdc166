/**
 * The browser around the page: sharing and reading the file, copying the address, and noticing
 * in-app browsers (Zalo, Facebook) that may block downloads. Every secure-context-only API here
 * (Web Share, the async clipboard) is feature-tested and has a way out, because the site also runs
 * over plain http on intranets, where those APIs do not exist.
 */

export type InAppBrowser = 'zalo' | 'facebook' | null;

/** Zalo's in-app browser names itself in the user agent ("Zalo"); Facebook's uses FBAN/FBAV. */
export function detectInAppBrowser(userAgent: string): InAppBrowser {
  if (/\bZalo\b/i.test(userAgent)) return 'zalo';
  if (/FBAN|FBAV|FB_IAB|\bMessenger\b/.test(userAgent)) return 'facebook';
  return null;
}

/**
 * The file as the phone's share sheet accepts it, or null where files cannot be shared: Web Share is
 * missing over http and in many browsers, and some accept only some types, so JSON is tried first,
 * then the same file as plain text (its name keeps the .json ending).
 */
export function shareableFile(text: string, fileName: string): File | null {
  if (
    typeof navigator === 'undefined' ||
    typeof navigator.share !== 'function' ||
    typeof navigator.canShare !== 'function'
  )
    return null;
  for (const type of ['application/json', 'text/plain']) {
    const file = new File([text], fileName, { type });
    try {
      if (navigator.canShare({ files: [file] })) return file;
    } catch {
      // Some browsers throw instead of answering false.
    }
  }
  return null;
}

/** Whether this browser can hand a result file to the share sheet at all (the "Chia sẻ" button shows only then). */
export const canShareFiles = (): boolean => shareableFile('{}', 'ket-qua.json') !== null;

/** Opens the share sheet. Resolves false if the person cancelled or sharing failed. */
export async function shareFile(file: File, title: string): Promise<boolean> {
  if (typeof navigator.share !== 'function') return false;
  try {
    await navigator.share({ files: [file], title });
    return true;
  } catch {
    return false;
  }
}

/**
 * Copies text. The async clipboard needs a secure context, so over http this falls back to the old
 * selection-and-copy command, which in-app browsers also tend to support.
 */
export async function copyText(text: string): Promise<boolean> {
  if (window.isSecureContext && navigator.clipboard && typeof navigator.clipboard.writeText === 'function') {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Permission refused: try the fallback below.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let copied: boolean;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  return copied;
}

/** Reads a picked file as text with FileReader, which older in-app browsers have (Blob.text may not). */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file, 'utf-8');
  });
}
