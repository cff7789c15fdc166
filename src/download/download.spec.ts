import { resolveObjectURL, type Blob as NodeBlob } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { download, REVOKE_AFTER_MS } from '.';

/** The page as far as a download needs it; each click records what the browser would fetch at that moment. */
function fakeDocument() {
  const clicks: Array<{ href: string; download: string; blob: NodeBlob | undefined }> = [];
  let attached = 0;
  const link = {
    href: '',
    download: '',
    rel: '',
    hidden: false,
    click() {
      clicks.push({ href: link.href, download: link.download, blob: resolveObjectURL(link.href) });
    },
    remove() {
      attached--;
    },
  };
  const document = {
    createElement: (tag: string) => {
      expect(tag).toBe('a');
      return link;
    },
    body: { append: () => void attached++ },
  };
  return { document, clicks, attached: () => attached };
}

describe('download', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('clicks a temporary link to the file, named and typed, and takes the link away', async () => {
    const fake = fakeDocument();
    vi.stubGlobal('document', fake.document);
    download({ data: 'Họ và tên\r\n', fileName: 'tong-hop_2026-11-29.csv', type: 'text/csv;charset=utf-8' });
    expect(fake.clicks).toHaveLength(1);
    const [click] = fake.clicks;
    expect(click!.download).toBe('tong-hop_2026-11-29.csv');
    expect(click!.blob?.type).toBe('text/csv;charset=utf-8');
    expect(await click!.blob?.text()).toBe('Họ và tên\r\n');
    expect(fake.attached()).toBe(0);
  });

  it('keeps the file reachable after the click has returned, for browsers that fetch it later, then frees it', () => {
    const fake = fakeDocument();
    vi.stubGlobal('document', fake.document);
    download({ data: '{}', fileName: 'ket-qua.json', type: 'application/json' });
    const url = fake.clicks[0]!.href;
    vi.advanceTimersByTime(1_000);
    expect(resolveObjectURL(url)).toBeDefined();
    vi.advanceTimersByTime(REVOKE_AFTER_MS);
    expect(resolveObjectURL(url)).toBeUndefined();
  });
});
