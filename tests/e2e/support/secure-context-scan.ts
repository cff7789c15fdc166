import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Finds uses of browser APIs that exist only in secure contexts (https, localhost) in built JavaScript.
 * The site also runs over plain http on intranets, where these are undefined: a use must be guarded,
 * and the guard must sit where a reader of the minified code can see it.
 *
 * A use counts as guarded when, within a short stretch of code before it:
 *  - `isSecureContext` is tested, or `typeof …<api>` / `"<api>" in …` is;
 *  - the same API was already tested with `&&` or `?.` (as in `navigator.clipboard&&navigator.clipboard.writeText`);
 *  - or it sits in a `try {` whose `catch` does something (a fallback), not an empty catch;
 * or the use itself is an optional call (`<api>?.`), which does nothing where the API is missing, or is
 * itself the test (`<api>&&…`, `<api>!=null`).
 */

export interface SecureApi {
  name: string;
  /** Matches the property as it survives minification. */
  pattern: RegExp;
  /** The bare property name, as guards mention it. */
  property: string;
}

export const SECURE_CONTEXT_APIS: SecureApi[] = [
  { name: 'crypto.subtle', pattern: /\.subtle\b/g, property: 'subtle' },
  { name: 'crypto.randomUUID', pattern: /\brandomUUID\b/g, property: 'randomUUID' },
  { name: 'navigator.clipboard', pattern: /\.clipboard\b/g, property: 'clipboard' },
  { name: 'navigator.share', pattern: /\bnavigator\.share\b|\.canShare\b/g, property: 'share' },
];

export interface Finding {
  file: string;
  api: string;
  excerpt: string;
}

const WINDOW = 240;

function isGuarded(code: string, index: number, length: number, api: SecureApi): boolean {
  const before = code.slice(Math.max(0, index - WINDOW), index);
  const after = code.slice(index + length, index + length + WINDOW);
  const property = api.property;
  // An optional call, or the use is itself the test of a condition (`api && …`, `api != null`).
  if (/^\s*(?:\?\.|&&|\?\?|!==?|===?)/.test(after)) return true;
  if (/isSecureContext/.test(before)) return true;
  if (
    new RegExp(`typeof\\s*[\\w$.]*\\b${property}|typeof\\s*[\\w$.]*\\bcanShare`).test(
      before + code.slice(index, index + length),
    )
  )
    return true;
  if (new RegExp(`["'\`]${property}["'\`]\\s*in\\b`).test(before)) return true;
  if (new RegExp(`\\b${property}\\s*(?:&&|\\?\\.|\\?\\?|!=|!==)`).test(before)) return true;
  // Inside a try block (no closing brace between `try{` and the use) whose catch has a body.
  const tryAt = before.lastIndexOf('try{');
  if (tryAt !== -1 && !before.slice(tryAt).includes('}')) {
    const catchMatch = /\}\s*catch\s*(?:\([^)]*\))?\s*\{([^}]*)\}/.exec(after);
    if (catchMatch && catchMatch[1]!.trim() !== '') return true;
  }
  return false;
}

/** Every unguarded use in one piece of code. */
export function scanCode(code: string, file = '(code)'): Finding[] {
  const findings: Finding[] = [];
  for (const api of SECURE_CONTEXT_APIS) {
    for (const match of code.matchAll(api.pattern)) {
      if (!isGuarded(code, match.index, match[0].length, api)) {
        findings.push({ file, api: api.name, excerpt: code.slice(Math.max(0, match.index - 80), match.index + 80) });
      }
    }
  }
  return findings;
}

/** Counts every use, guarded or not, so a test can tell "nothing found" from "nothing scanned". */
export function countUses(code: string): number {
  return SECURE_CONTEXT_APIS.reduce((total, api) => total + [...code.matchAll(api.pattern)].length, 0);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The JavaScript a built site ships: every .js file and every inline <script> of every page. */
export function builtScripts(outDir: string): Array<{ file: string; code: string }> {
  const files = walk(outDir);
  const scripts = files
    .filter((file) => file.endsWith('.js') || file.endsWith('.mjs'))
    .map((file) => ({ file: relative(outDir, file), code: readFileSync(file, 'utf8') }));
  for (const file of files.filter((path) => path.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8');
    for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
      if (match[1]!.trim()) scripts.push({ file: `${relative(outDir, file)} (inline script)`, code: match[1]! });
    }
  }
  return scripts;
}
