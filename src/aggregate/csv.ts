/**
 * CSV for other tools (the office should open the .xlsx in Excel: Excel on a Vietnamese regional
 * setting expects ";" and would split nothing). UTF-8 with a byte-order mark so Excel and LibreOffice
 * read Vietnamese correctly, RFC 4180 quoting, CRLF line ends, formulas neutralised.
 */
import { neutraliseFormula } from './neutralise';

export type Cell = string | number | null;

export const CSV_BOM = '\uFEFF';

function field(cell: Cell): string {
  if (cell === null) return '';
  // Numbers are ours (counts, percents), never from a file: they cannot be formulas, and a negative
  // number must stay a number.
  const text = typeof cell === 'number' ? String(cell) : neutraliseFormula(cell);
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: ReadonlyArray<ReadonlyArray<Cell>>): string {
  return CSV_BOM + rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/**
 * Reads CSV (RFC 4180, with "" inside quotes) into rows of strings. Used for the roster and by the
 * tests that read an export back. The delimiter is guessed from the first line (",", ";" or tab):
 * Excel on a Vietnamese setting saves with ";".
 */
export function parseCsv(input: string, delimiter?: string): string[][] {
  const text = input.replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const sep = delimiter ?? guessDelimiter(firstLine);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === sep) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function guessDelimiter(line: string): string {
  const counts = [',', ';', '\t'].map((sep) => [sep, line.split(sep).length] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 1 ? counts[0]![0] : ',';
}
