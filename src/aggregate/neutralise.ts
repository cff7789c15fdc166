/**
 * Spreadsheet formula injection: a cell text beginning with =, +, -, @ (or a tab or carriage return,
 * which some programs skip before reading a formula) can run as a formula when the file is opened.
 * Names and notes come from files anyone could write, so such text gets a leading apostrophe, which
 * Excel and LibreOffice show as plain text (OWASP's advice for CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
