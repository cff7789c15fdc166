/**
 * A long list drawn a page at a time: the first `pageSize` items, then a "Xem thêm" button for the next
 * page. 20,000 files can make thousands of review cases, refusals or people in one unit; drawing them all
 * at once would stop the page for seconds, and nobody reads past the first screens without asking.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useState } from 'preact/hooks';
import { pagingStrings as s } from '../strings';

interface Props<T> {
  items: readonly T[];
  render: (item: T, index: number) => ComponentChildren;
  /** The list element's class. */
  class?: string;
  as?: 'ul' | 'ol' | 'div';
  pageSize?: number;
}

export const PAGE_SIZE = 50;

export function Paged<T>({ items, render, class: className, as = 'ul', pageSize = PAGE_SIZE }: Props<T>): JSX.Element {
  const [shown, setShown] = useState(pageSize);
  const List = as;
  const rest = items.length - shown;
  return (
    <>
      <List class={className}>{items.slice(0, shown).map(render)}</List>
      {rest > 0 && (
        <p class="agg-more">
          <button type="button" class="site-button" onClick={() => setShown(shown + pageSize)}>
            {s.showMore(Math.min(rest, pageSize), shown, items.length)}
          </button>
        </p>
      )}
    </>
  );
}
