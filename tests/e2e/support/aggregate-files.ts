/**
 * Result files for the aggregation page's browser tests, written with the shared writer (so they are
 * always in the current format): the hand-checked set of src/aggregate/test-fixtures.ts, plus files
 * the page must refuse, each for one reason.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { resealed } from '../../../src/result-file/test-fixtures';
import { handSetFiles, HAND_SET, personId, writePerson } from '../../../src/aggregate/test-fixtures';

export interface NamedFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const json = (name: string, text: string): NamedFile => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text, 'utf8'),
});

/** The 8 good files of the hand-checked set (6 people once folded). */
export function handSet(): NamedFile[] {
  return handSetFiles().map(({ fileName, text }) => json(fileName, text));
}

/** One file per rejection reason, named after it. */
export function badFiles(): NamedFile[] {
  const good = JSON.parse(writePerson({ ...HAND_SET[0]!, id: personId(90) }).text) as Record<string, any>;
  const otherOrg = structuredClone(good);
  otherOrg['organisation'].name = 'Trung tâm Y tế huyện Tây Sơn';
  const otherUnit = structuredClone(good);
  otherUnit['person'].unitId = 'khoa-mat';
  return [
    { name: 'ghi-chu.txt', mimeType: 'text/plain', buffer: Buffer.from('Danh sách gửi Zalo ngày 20/11', 'utf8') },
    json('bang-khac.json', JSON.stringify({ schema: 'bang-luong', version: 1 })),
    json('sua-tay.json', JSON.stringify({ ...good, dossiers: { ...good['dossiers'], submittedOnline: 99 } })),
    json('don-vi-khac.json', resealed(otherOrg)),
    json('khoa-khong-co.json', resealed(otherUnit)),
  ];
}

/** Writes files into a fresh folder (for the folder picker, which takes a directory path). */
export function writeFolder(dir: string, files: readonly NamedFile[]): string {
  mkdirSync(dir, { recursive: true });
  for (const file of files) writeFileSync(join(dir, file.name), file.buffer);
  return dir;
}

export function zipOf(name: string, files: readonly NamedFile[]): NamedFile {
  const entries = Object.fromEntries(files.map((file) => [`tep-ket-qua/${file.name}`, new Uint8Array(file.buffer)]));
  entries['tep-ket-qua/doc-truoc.txt'] = strToU8('Tệp đọc trước');
  return { name, mimeType: 'application/zip', buffer: Buffer.from(zipSync(entries)) };
}

/**
 * The staff counts the built site uses (content/organisation.yaml): the page measures targets 1 and 2
 * against them, so the expected figures follow the settings instead of freezing today's numbers.
 */
export function siteHeadcounts(): { noi: number; tram: number; total: number } {
  const settings = load(readFileSync(new URL('../../../content/organisation.yaml', import.meta.url), 'utf8')) as {
    units: Array<{ id: string; headcount?: number }>;
  };
  const of = (id: string) => settings.units.find((unit) => unit.id === id)?.headcount ?? 0;
  return {
    noi: of('khoa-noi'),
    tram: of('tram-cat-hanh'),
    total: settings.units.reduce((sum, unit) => sum + (unit.headcount ?? 0), 0),
  };
}

/** "9,1%": a percent as the page writes it. */
export const vietnamesePercent = (done: number, of: number) =>
  `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format((done * 100) / of)}%`;

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, true);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), true);
  return out;
}

/**
 * Files made to freeze or bloat the page (issue 14), forged with the site's writer and re-sealed as
 * anyone can: `dai.json`, whose checksum algorithm is 880,000 characters long, and `bom.zip`, holding an
 * entry that inflates to 48 MB, a UTF-16 (Notepad "Unicode") file and a zip in a zip. The page accepts
 * the UTF-16 file and refuses the other three.
 */
export function hostileFiles(): NamedFile[] {
  const forged = JSON.parse(writePerson({ ...HAND_SET[0]!, id: personId(200) }).text) as {
    checksum: { algorithm: string };
  };
  forged.checksum.algorithm = 'x'.repeat(880_000);
  const notepad = writePerson({ ...HAND_SET[0]!, id: personId(201), name: 'Đặng Thị Unicode' });
  const inner = zipSync({ 'c.json': strToU8(writePerson({ ...HAND_SET[0]!, id: personId(202) }).text) });
  const bomb = zipSync(
    {
      'bom/khong-lo.json': new Uint8Array(48 * 1024 * 1024),
      'bom/notepad.json': utf16le(notepad.text),
      'bom/long-nhau.zip': inner,
    },
    { level: 1 },
  );
  return [
    json('dai.json', JSON.stringify(forged)),
    { name: 'bom.zip', mimeType: 'application/zip', buffer: Buffer.from(bomb) },
  ];
}
