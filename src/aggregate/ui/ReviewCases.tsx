/**
 * "Cần người xem lại": people with different person ids who share a staff code or a name in one unit,
 * side by side, for a person to merge or keep apart. Until then each id counts as its own person.
 */
import { useStore } from '@nanostores/preact';
import { formatDateTime } from '../../dates';
import type { Person, ReviewCase } from '../ingest';
import { summaryStrings as ss } from '../strings';
import type { AggregateConfig } from '../types';
import { decideReview, resetDecisions } from './actions';
import { Paged } from './Paged';
import { PersonName } from './PersonDetails';
import { $folded, $set } from './state';

function PersonCard({ person, unitName }: { person: Person; unitName: string }) {
  const { content } = person.file;
  return (
    <dl class="agg-review-card">
      <div>
        <dt>Họ và tên</dt>
        <dd>
          <bdi>{content.person.name}</bdi>
        </dd>
      </div>
      <div>
        <dt>Đơn vị</dt>
        <dd>{unitName}</dd>
      </div>
      <div>
        <dt>{ss.staffCode}</dt>
        <dd>{content.person.staffCode ? <bdi>{content.person.staffCode}</bdi> : '—'}</dd>
      </div>
      <div>
        <dt>{ss.personId}</dt>
        <dd class="agg-file-name">{content.person.id}</dd>
      </div>
      <div>
        <dt>{ss.exportedAt}</dt>
        <dd>{formatDateTime(content.exportedAt)}</dd>
      </div>
      <div>
        <dt>{ss.fileName}</dt>
        <dd>
          <bdi class="agg-file-name">{person.file.fileName}</bdi>
        </dd>
      </div>
      {person.hiddenCharacters && <p class="agg-warning">{ss.hiddenCharacters}</p>}
    </dl>
  );
}

function Case({ review, unitName }: { review: ReviewCase; unitName: ReadonlyMap<string, string> }) {
  const reasons = review.reasons.map((reason) => ss.reviewReason[reason]).join(' và ');
  const first = review.people[0]!.file.content.person;
  return (
    <li class="agg-review-case">
      <p>
        <strong>{ss.reviewCase(reasons)}</strong>: <PersonName person={first} />.{' '}
        {review.namesAndUnitAgree ? ss.reviewAgree : ss.reviewDisagree}
      </p>
      {/* A staff code typed by hundreds of people makes one case of hundreds: their cards come a page at a time. */}
      <Paged
        as="div"
        class="agg-review-side"
        items={review.people}
        pageSize={10}
        render={(person) => (
          <PersonCard
            key={person.key}
            person={person}
            unitName={unitName.get(person.file.content.person.unitId) ?? ''}
          />
        )}
      />
      <div class="agg-buttons">
        <button
          type="button"
          class={review.namesAndUnitAgree ? 'site-button site-button--primary' : 'site-button'}
          onClick={() => {
            if (review.namesAndUnitAgree || window.confirm(ss.mergeConfirm)) void decideReview(review.key, 'merge');
          }}
        >
          {ss.merge}
        </button>
        <button
          type="button"
          class={review.namesAndUnitAgree ? 'site-button' : 'site-button site-button--primary'}
          onClick={() => void decideReview(review.key, 'apart')}
        >
          {ss.keepApart}
        </button>
      </div>
    </li>
  );
}

export function ReviewCases({ config, unitName }: { config: AggregateConfig; unitName: ReadonlyMap<string, string> }) {
  const folded = useStore($folded);
  const { decisions } = useStore($set);
  const decided = Object.keys(decisions).length;
  if (folded.review.length === 0 && folded.otherYear.length === 0 && decided === 0) return null;
  return (
    <div class="agg-review">
      <h3>{ss.reviewHeading}</h3>
      {folded.review.length > 0 && (
        <>
          <p>{ss.reviewIntro}</p>
          <Paged
            class="agg-review-cases"
            items={folded.review}
            pageSize={20}
            render={(review) => <Case key={review.key} review={review} unitName={unitName} />}
          />
        </>
      )}
      {folded.otherYear.length > 0 && (
        <Paged
          items={folded.otherYear}
          render={(person) => (
            <li key={`y:${person.key}`}>
              <bdi>{person.file.content.person.name}</bdi>{' '}
              {ss.otherYear(
                unitName.get(person.file.content.person.unitId) ?? '',
                person.file.content.dossiers.year,
                config.year,
              )}
            </li>
          )}
        />
      )}
      {decided > 0 && (
        <p>
          {ss.decisionsCount(decided)}{' '}
          <button type="button" class="site-button" onClick={() => void resetDecisions()}>
            {ss.resetDecisions}
          </button>
        </p>
      )}
    </div>
  );
}
