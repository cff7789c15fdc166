/** Saves bytes made in the page as a file (an object URL on a temporary link; nothing is uploaded). */
export function download(data: BlobPart, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Chromium starts the download synchronously; the URL can go after the current task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
