/** The directive's checklist: each item answered Đã làm / Chưa làm / Không áp dụng, with its details. */
import { CHECKLIST_ANSWERS, LIMITS } from '../../result-file/types';
import { answerOf, fieldIds, itemFieldLabel, type FieldProblem } from '../form';
import type { ChecklistState } from '../state';
import { setChecklistText, setItemAnswer, setItemText } from '../stores';
import { t } from '../strings';
import { sectionIds } from '../summary';
import type { ChecklistItemView } from '../types';
import { TextField } from './TextField';

interface Props {
  items: ChecklistItemView[];
  checklist: ChecklistState;
  year: number;
  problems: FieldProblem[];
  showErrors: boolean;
}

export function Checklist({ items, checklist, year, problems, showErrors }: Props) {
  const problemOf = (field: string) => problems.find((problem) => problem.field === field)?.message;
  return (
    <section id={sectionIds.checklist} class="sa-section" aria-labelledby="cac-viec-tieu-de">
      <h2 id="cac-viec-tieu-de">{t.checklist.heading}</h2>
      <p>{t.checklist.intro(year)}</p>
      <ol class="sa-items">
        {items.map((item, index) => (
          <li key={item.id}>
            <ChecklistItem
              item={item}
              number={index + 1}
              checklist={checklist}
              problemOf={problemOf}
              showErrors={showErrors}
            />
          </li>
        ))}
      </ol>
      <TextField
        id={fieldIds.note}
        label={t.checklist.note}
        hint={t.checklist.noteHint}
        value={checklist.note}
        multiline
        maxLength={LIMITS.noteLength}
        error={problemOf(fieldIds.note)}
        showErrors={showErrors}
        onCommit={(note) => setChecklistText('note', note, new Date())}
      />
    </section>
  );
}

interface ItemProps {
  item: ChecklistItemView;
  /** The item's number on the page ("Việc 3"). */
  number: number;
  checklist: ChecklistState;
  problemOf: (field: string) => string | undefined;
  showErrors: boolean;
}

function ChecklistItem({ item, number, checklist, problemOf, showErrors }: ItemProps) {
  const answer = answerOf(checklist, item.id);
  const explanationId = `${fieldIds.item(item.id)}-giai-thich`;
  return (
    <fieldset id={fieldIds.item(item.id)} class="sa-item" aria-describedby={explanationId}>
      <legend>
        <span class="sa-tag">{t.checklist.requirementTag(item.requirement)}</span>
        <h3 class="sa-item-title">{item.title}</h3>
      </legend>
      <p id={explanationId} class="sa-explanation">
        {item.explanation}
      </p>
      <p class="sa-guide">
        {t.checklist.guide} <a href={item.guideHref}>{item.guideLabel}</a>
      </p>
      <div class="sa-choices">
        {CHECKLIST_ANSWERS.map((value) => {
          const id = `${fieldIds.answer(item.id)}-${value}`;
          return (
            <label key={value} for={id} class="sa-choice">
              <input
                type="radio"
                id={id}
                name={fieldIds.answer(item.id)}
                value={value}
                checked={answer.answer === value}
                onChange={() => setItemAnswer(item.id, value, new Date())}
              />
              <span>{t.checklist.answers[value]}</span>
            </label>
          );
        })}
      </div>
      {answer.answer === 'done' && (
        <div class="sa-details">
          <TextField
            id={fieldIds.date(item.id)}
            label={t.checklist.date}
            listLabel={itemFieldLabel(number, t.checklist.dateShort)}
            placeholder={t.checklist.datePlaceholder}
            value={answer.date}
            maxLength={12}
            class="sa-short"
            error={problemOf(fieldIds.date(item.id))}
            showErrors={showErrors}
            onCommit={(date) => setItemText(item.id, 'date', date, new Date())}
          />
          {item.count && item.countLabel && (
            <TextField
              id={fieldIds.count(item.count)}
              label={item.countLabel}
              listLabel={itemFieldLabel(number, t.checklist.countShort)}
              hint={t.checklist.countHint}
              value={checklist[item.count]}
              inputMode="numeric"
              required
              class="sa-short"
              error={problemOf(fieldIds.count(item.count))}
              showErrors={showErrors}
              onCommit={(value) => setChecklistText(item.count!, value, new Date())}
            />
          )}
        </div>
      )}
      {answer.answer === 'not-applicable' && (
        <div class="sa-details">
          <TextField
            id={fieldIds.reason(item.id)}
            label={t.checklist.reason}
            listLabel={itemFieldLabel(number, t.checklist.reason)}
            hint={t.checklist.reasonHint}
            value={answer.reason}
            required
            maxLength={LIMITS.reasonLength}
            error={problemOf(fieldIds.reason(item.id))}
            showErrors={showErrors}
            onCommit={(reason) => setItemText(item.id, 'reason', reason, new Date())}
          />
        </div>
      )}
    </fieldset>
  );
}
