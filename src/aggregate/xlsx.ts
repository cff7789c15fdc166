/**
 * A minimal .xlsx (Office Open XML spreadsheet) writer and reader on fflate, the zip library the page
 * already uses: npm's `xlsx` 0.18.5 is stale with open advisories, and a whole spreadsheet library
 * would dwarf the page. Writing: one or more sheets of strings (inline, so no shared-string table) and
 * numbers, a bold header row, frozen under the header. Reading: the first sheet's cells as text, enough
 * for a roster (name, unit, staff code) saved from Excel or LibreOffice.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Cell } from './csv';
import { capText } from './cap-text';
import { neutraliseFormula } from './neutralise';

export interface Sheet {
  /** Shown on the sheet's tab; Excel allows 31 characters and no []:*?/\ */
  name: string;
  rows: ReadonlyArray<ReadonlyArray<Cell>>;
  /** Column widths in characters, optional. */
  widths?: number[];
  /** Pages wide when printed (default 1); a wide sheet spreads over more to stay readable. */
  fitToWidth?: number;
  /** Columns frozen on screen at the left (default 1). */
  frozenColumns?: number;
  /** Columns printed at the left of every page (default 0: only the header row repeats). */
  repeatColumns?: number;
}

const escapeXml = (text: string) =>
  text
    // Characters XML 1.0 forbids would make Excel refuse the whole file.
    // eslint-disable-next-line no-control-regex -- these control characters are exactly what must go.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Excel refuses a cell longer than this (characters): a longer text is cut and marked. */
export const MAX_CELL_LENGTH = 32_767;

function cellXml(cell: Cell, ref: string, header: boolean): string {
  // Style 1: bold, wrapped (the header); style 2: wrapped, top-aligned (the body).
  const style = header ? ' s="1"' : ' s="2"';
  if (cell === null || cell === '') return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? `<c r="${ref}"${style}><v>${cell}</v></c>` : '';
  const text = capText(neutraliseFormula(cell), MAX_CELL_LENGTH);
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

/**
 * One worksheet, set up to print as the office files it: A4 landscape, fit to one page wide (as many
 * pages tall as it takes), the header row repeated on every page (a defined name in the workbook) and
 * frozen on screen with the first column.
 */
function sheetXml(sheet: Sheet): string {
  const frozen = sheet.frozenColumns ?? 1;
  const pane =
    frozen > 0
      ? `<pane xSplit="${frozen}" ySplit="1" topLeftCell="${columnName(frozen)}2" activePane="bottomRight" state="frozen"/>`
      : '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>';
  const cols = sheet.widths?.length
    ? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
    : '';
  const rows = sheet.rows
    .map(
      (row, r) =>
        `<row r="${r + 1}">${row.map((cell, c) => cellXml(cell, `${columnName(c)}${r + 1}`, r === 0)).join('')}</row>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    `${cols}<sheetData>${rows}</sheetData>` +
    '<printOptions gridLines="1"/>' +
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="9" orientation="landscape" fitToWidth="${sheet.fitToWidth ?? 1}" fitToHeight="0"/>` +
    '<headerFooter><oddFooter>&amp;A – trang &amp;P/&amp;N</oddFooter></headerFooter>' +
    '</worksheet>'
  );
}

const STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs>' +
  '</styleSheet>';

function safeSheetName(name: string, index: number, used: Set<string>): string {
  let base =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, 31) || `Trang ${index + 1}`;
  while (used.has(base.toLowerCase())) base = `${base.slice(0, 28)} ${index + 1}`;
  used.add(base.toLowerCase());
  return base;
}

function printTitles(name: string, repeatColumns: number): string {
  const quoted = `'${escapeXml(name.replace(/'/g, "''"))}'`;
  const rows = `${quoted}!$1:$1`;
  return repeatColumns > 0 ? `${quoted}!$A:$${columnName(repeatColumns - 1)},${rows}` : rows;
}

/** The bytes of an .xlsx workbook holding `sheets` in order. */
export function writeXlsx(sheets: readonly Sheet[]): Uint8Array<ArrayBuffer> {
  const used = new Set<string>();
  const names = sheets.map((sheet, i) => safeSheetName(sheet.name, i, used));
  const xml = (text: string) => strToU8(text);
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': xml(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        sheets
          .map(
            (_, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        '</Types>',
    ),
    '_rels/.rels': xml(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
        '</Relationships>',
    ),
    'xl/workbook.xml': xml(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        `<sheets>${names.map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>` +
        // The header row printed at the top of every page of each sheet (and the name columns, if any).
        `<definedNames>${names.map((name, i) => `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${printTitles(name, sheets[i]!.repeatColumns ?? 0)}</definedName>`).join('')}</definedNames>` +
        '</workbook>',
    ),
    'xl/_rels/workbook.xml.rels': xml(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        sheets
          .map(
            (_, i) =>
              `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join('') +
        `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
        '</Relationships>',
    ),
    'xl/styles.xml': xml(STYLES),
  };
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = xml(sheetXml(sheet));
  });
  return zipSync(files, { level: 6 });
}

// ---- Reading -------------------------------------------------------------------------------------

const decodeXml = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    const e = entity.toLowerCase();
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e] ?? '';
  });

/** The text of every <t> inside a fragment (rich text splits a cell into runs). */
const textOf = (fragment: string) =>
  [...fragment.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => decodeXml(m[1]!)).join('');

function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? 'A';
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export class XlsxReadError extends Error {}

/** Every worksheet of an .xlsx, in tab order, as rows of text (numbers as written in the file). */
export function readXlsxSheets(bytes: Uint8Array): Array<{ name: string; rows: string[][]; xml: string }> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => (file.name.startsWith('xl/') && file.name.endsWith('.xml')) || file.name.endsWith('.rels'),
    });
  } catch {
    throw new XlsxReadError('not-zip');
  }
  const workbook = files['xl/workbook.xml'];
  if (!workbook) throw new XlsxReadError('not-xlsx');
  // Each <sheet> in the workbook is a tab; its r:id leads to the part through the rels.
  const rels = files['xl/_rels/workbook.xml.rels'] ? strFromU8(files['xl/_rels/workbook.xml.rels']) : '';
  const partOf = (id: string | undefined) => {
    let target = [...rels.matchAll(/<Relationship\b[^>]*>/g)]
      .map((m) => m[0])
      .find((tag) => id && tag.includes(`Id="${id}"`))
      ?.match(/Target="([^"]+)"/)?.[1];
    if (target) target = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    return target && files[target] ? target : undefined;
  };
  const tabs = [...strFromU8(workbook).matchAll(/<sheet\b[^>]*>/g)].map((m) => ({
    name: decodeXml(/\bname="([^"]*)"/.exec(m[0])?.[1] ?? ''),
    path: partOf(/\br:id="([^"]+)"/.exec(m[0])?.[1]),
  }));
  const fallback = Object.keys(files)
    .filter((name) => name.startsWith('xl/worksheets/'))
    .sort()[0];
  if (tabs.length === 0 || !tabs[0]!.path) tabs.splice(0, 1, { name: tabs[0]?.name ?? '', path: fallback });
  const sharedXml = files['xl/sharedStrings.xml'] ? strFromU8(files['xl/sharedStrings.xml']) : '';
  const shared = [...sharedXml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1]!));
  const sheets = tabs.flatMap(({ name, path }) =>
    path && files[path] ? [{ name, ...sheetRows(strFromU8(files[path]), shared) }] : [],
  );
  if (sheets.length === 0) throw new XlsxReadError('no-sheet');
  return sheets;
}

/** The first worksheet of an .xlsx as rows of text (numbers as written in the file). */
export function readXlsxFirstSheet(bytes: Uint8Array): string[][] {
  return readXlsxSheets(bytes)[0]!.rows;
}

function sheetRows(xml: string, shared: readonly string[]): { rows: string[][]; xml: string } {
  const rows: string[][] = [];
  for (const rowMatch of xml.matchAll(/<row\b[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const row: string[] = [];
    for (const cellMatch of (rowMatch[1] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = cellMatch[1]!;
      const inner = cellMatch[2] ?? '';
      const ref = /\br="([A-Z]+)\d+"/.exec(attrs)?.[1];
      const type = /\bt="([^"]+)"/.exec(attrs)?.[1];
      const value = /<v>([^<]*)<\/v>/.exec(inner)?.[1];
      let text = '';
      if (type === 's') text = shared[Number(value)] ?? '';
      else if (type === 'inlineStr') text = textOf(inner);
      else if (value !== undefined) text = decodeXml(value);
      const index = ref ? columnIndex(ref) : row.length;
      while (row.length < index) row.push('');
      row[index] = text;
    }
    rows.push(row);
  }
  return { rows, xml };
}
