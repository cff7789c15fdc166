/**
 * The label every simulated screen carries, in a simulator or in a guide's figure, so nobody mistakes
 * it for a real portal or its data for a real person's.
 */
import { ui } from './strings';
import './badge.css';

export function SimulatedBadge() {
  return (
    <p class="sim-badge">
      <span aria-hidden="true">◇</span> {ui.badge}
    </p>
  );
}
