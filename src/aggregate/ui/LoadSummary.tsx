/** "Tình hình nạp tệp": how many files were taken, folded and refused (with why), and who needs a look. */
import { useStore } from '@nanostores/preact';
import { formatCount, summaryStrings as ss } from '../strings';
import type { AggregateConfig } from '../types';
import { Paged } from './Paged';
import { ReviewCases } from './ReviewCases';
import { $folded, $set } from './state';

interface Props {
  config: AggregateConfig;
  unitName: ReadonlyMap<string, string>;
}

export function LoadSummary(props: Props) {
  const set = useStore($set);
  const folded = useStore($folded);
  if (set.accepted.length === 0 && set.rejected.length === 0) return null;
  return (
    <section aria-labelledby="agg-summary">
      <h2 id="agg-summary">{ss.heading}</h2>
      <dl class="agg-counts">
        <div>
          <dt>{ss.accepted}</dt>
          <dd>{formatCount(set.accepted.length)}</dd>
        </div>
        <div>
          <dt>{ss.people}</dt>
          <dd>{formatCount(folded.people.length)}</dd>
        </div>
        <div>
          <dt>{ss.duplicates}</dt>
          <dd>{formatCount(folded.duplicatesFolded)}</dd>
        </div>
        <div>
          <dt>{ss.rejected}</dt>
          <dd>{formatCount(set.rejected.length)}</dd>
        </div>
      </dl>
      {set.rejected.length > 0 && (
        <details class="agg-details" open={set.rejected.length <= 20}>
          <summary>{ss.rejectedHeading(set.rejected.length)}</summary>
          <Paged
            class="agg-rejected"
            items={set.rejected}
            render={(file, i) => (
              <li key={i}>
                <strong class="agg-file-name">
                  <bdi>{file.fileName}</bdi>
                </strong>
                <span>{file.message}</span>
              </li>
            )}
          />
        </details>
      )}
      <ReviewCases {...props} />
    </section>
  );
}
