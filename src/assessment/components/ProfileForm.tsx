/** Họ và tên, khoa/phòng/trạm and an optional staff code: nothing else personal is asked. */
import { useState } from 'preact/hooks';
import { fieldIds, type FieldProblem } from '../form';
import type { ProfileState } from '../state';
import { updateProfile } from '../stores';
import { t } from '../strings';
import { sectionIds } from '../summary';
import type { OrganisationView } from '../types';
import { LIMITS } from '../../result-file/types';
import { TextField } from './TextField';

interface Props {
  profile: ProfileState;
  organisation: OrganisationView;
  problems: FieldProblem[];
  showErrors: boolean;
}

export function ProfileForm({ profile, organisation, problems, showErrors }: Props) {
  const [unitTouched, setUnitTouched] = useState(false);
  const problemOf = (field: string) => problems.find((problem) => problem.field === field)?.message;
  const unitError = unitTouched || showErrors ? problemOf(fieldIds.unit) : undefined;

  return (
    <section id={sectionIds.profile} class="sa-section" aria-labelledby="thong-tin-tieu-de">
      <h2 id="thong-tin-tieu-de">{t.profile.heading}</h2>
      <div class="sa-grid">
        <TextField
          id={fieldIds.name}
          label={t.profile.name}
          hint={t.profile.nameHint}
          value={profile.name}
          required
          autoComplete="name"
          maxLength={LIMITS.nameLength}
          error={problemOf(fieldIds.name)}
          showErrors={showErrors}
          onCommit={(name) => updateProfile({ name }, new Date())}
        />
        <div class="sa-field">
          <label for={fieldIds.unit}>
            {t.profile.unit}
            <span class="sa-required"> {t.profile.required}</span>
          </label>
          <select
            id={fieldIds.unit}
            value={profile.unitId}
            aria-required="true"
            aria-invalid={unitError ? 'true' : undefined}
            aria-describedby={unitError ? `${fieldIds.unit}-loi` : undefined}
            onChange={(event) => {
              setUnitTouched(true);
              updateProfile({ unitId: event.currentTarget.value }, new Date());
            }}
            onBlur={() => setUnitTouched(true)}
          >
            <option value="">{t.profile.unitPlaceholder}</option>
            {organisation.units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
          {unitError && (
            <p id={`${fieldIds.unit}-loi`} class="sa-error">
              <span aria-hidden="true">⚠ </span>
              {unitError}
            </p>
          )}
        </div>
        <TextField
          id={fieldIds.staffCode}
          label={t.profile.staffCode}
          hint={t.profile.staffCodeHint}
          value={profile.staffCode}
          maxLength={LIMITS.staffCodeLength}
          error={problemOf(fieldIds.staffCode)}
          showErrors={showErrors}
          onCommit={(staffCode) => updateProfile({ staffCode }, new Date())}
        />
      </div>
      {profile.personId && <p class="sa-hint">{t.profile.personId(profile.personId)}</p>}
    </section>
  );
}
