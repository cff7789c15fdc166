import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STARLIGHT_INLINE_SCRIPT_HASHES } from './content-security-policy';

const starlightComponents = new URL('../../node_modules/@astrojs/starlight/dist/components/', import.meta.url);

/** The CSP hash of each `<script is:inline>` body in an .astro file, as the browser computes it. */
function inlineScriptHashes(source: string): string[] {
  return [...source.matchAll(/<script is:inline[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => `sha256-${createHash('sha256').update(match[1]!).digest('base64')}`,
  );
}

describe('the Content-Security-Policy', () => {
  it('lists the hash of every inline script Starlight puts in a page, recomputed from Starlight itself', () => {
    const hashes = readdirSync(starlightComponents)
      .filter((name) => name.endsWith('.astro'))
      .flatMap((name) => inlineScriptHashes(readFileSync(new URL(name, starlightComponents), 'utf8')));
    expect(new Set(hashes)).toEqual(new Set(STARLIGHT_INLINE_SCRIPT_HASHES));
  });
});
