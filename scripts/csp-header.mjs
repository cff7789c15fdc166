// The one Content-Security-Policy header that fits every page of a build: the union of the policies Astro
// wrote into each page's <meta>. A web server that sends its own policy header must send this one (the
// browser enforces a header and a <meta> policy both, so a stricter header breaks the pages).
// As a command: node scripts/csp-header.mjs [DIR] prints the header line for the README and for IT.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** Every directive of every page's policy, each with the union of its sources in first-seen order. */
export function siteCspHeader(dir) {
  const directives = new Map();
  for (const file of htmlFiles(dir)) {
    const policy = META.exec(readFileSync(file, 'utf8'))?.[1];
    if (!policy) continue;
    for (const part of policy.replaceAll('&#39;', "'").split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const known = directives.get(name) ?? new Set();
      for (const source of sources) known.add(source);
      directives.set(name, known);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`Content-Security-Policy: ${siteCspHeader(process.argv[2] ?? 'dist')}`);
}
