import { vietnamDay } from '../dates';
import { foldVietnamese } from '../search/fold';

/** "Nguyễn Thị Đào" → "nguyen-thi-dao": ASCII only, so every file system, Zalo and e-mail keep it. */
export function asciiSlug(text: string, maxLength = 40): string {
  const slug = foldVietnamese(text.normalize('NFC'))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '');
}

/**
 * `ket-qua_<unit>_<name>_<date>.json`, e.g. `ket-qua_khoa-noi_nguyen-van-mau_2026-11-29.json`. The date
 * is written year first so a folder of files sorts by date.
 */
export function resultFileName(unitId: string, name: string, exportedAt: Date): string {
  return `ket-qua_${asciiSlug(unitId) || 'don-vi'}_${asciiSlug(name) || 'khong-ten'}_${vietnamDay(exportedAt)}.json`;
}
