/** The card of made-up data beside the screen: what the learner types, and who they play. */
import { ui } from './strings';

export interface PersonaRow {
  label: string;
  /** A name from the persona or the seeded variables (`otp`), or a literal value. */
  value: string;
  /** A value the learner types, shown in a typewriter face. */
  typed?: boolean;
}

interface Props {
  rows: PersonaRow[];
  /** The run's persona and seeded values by name. */
  values: Record<string, string>;
  /** The card is drawn twice (beside the screen, and in the task bar on a phone), each with its own id. */
  id: string;
}

export function PersonaCard({ rows, values, id }: Props) {
  return (
    <aside class="sim-persona" aria-labelledby={`${id}-title`}>
      <p class="sim-persona-title" id={`${id}-title`}>
        {ui.personaTitle}
      </p>
      <dl>
        {rows.map((row) => (
          <div>
            <dt>{row.label}</dt>
            <dd class={row.typed ? 'sim-typed' : undefined}>{values[row.value] ?? row.value}</dd>
          </div>
        ))}
      </dl>
      <p class="sim-persona-note">{ui.personaNote}</p>
    </aside>
  );
}
