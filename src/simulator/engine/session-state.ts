/**
 * One learner's run of one scenario in one mode: plain JSON, so it can be saved and resumed. The schema
 * is the run's definition (its type is inferred from it): the runtime saves runs in this shape and the
 * practice hub reads them back with the same schema (through runtime/runs-store.ts), so the two cannot
 * drift. Whether a run fits a given scenario (its step ids) is checked where the scenario is known.
 */
import * as z from 'zod/mini';
import { MODES } from './types';

const stepIds = z.array(z.string());
/** Milliseconds since 1970 (Date.now), or null when it has not happened yet. */
const timeOrNull = z.nullable(z.number());

export const sessionStateSchema = z.object({
  scenarioId: z.string(),
  mode: z.enum(MODES),
  seed: z.int(),
  /** Index of the first step of the current step or group. */
  position: z.int().check(z.nonnegative()),
  /** Steps done (in the current group, or skipped over by a branch, too). */
  done: stepIds,
  /** Steps skipped by a branch: not shown, not scored. */
  skipped: stepIds,
  /** What is typed in each field of the current screen. */
  fields: z.record(z.string(), z.string()),
  /** Misses per step id; each entry is the feedback shown, in order. */
  misses: z.record(z.string(), z.array(z.string())),
  /** Steps where the learner asked for a hint. */
  hints: stepIds,
  /**
   * Fields whose wrong value has been counted as a miss: leaving the field again, or pressing the form's
   * button, with the same value is the same mistake. Typing in the field takes it off.
   */
  charged: z.optional(z.array(z.string())),
  /** The step the run was opened at ("Thử bước này"), when not from the start: not a full attempt. */
  openedAt: z.nullable(z.string()),
  startedAt: timeOrNull,
  finishedAt: timeOrNull,
});
export type SessionState = z.infer<typeof sessionStateSchema>;
