import { z } from 'astro/zod';

/** One of the directive's three requirements, in plain words, as `content/directive/requirements.yaml` holds it. */
export const requirementSchema = z.object({
  /** Stable id (ASCII, hyphens). */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Its number in the directive (1–3). */
  number: z.number().int().min(1),
  /** A short title in the imperative. */
  title: z.string().min(1),
  /** Which target of the organisation settings applies. */
  target: z.enum(['onlineServicesAndPayment', 'vneidLevel2', 'digitisedReuse']),
  /** What the percentage counts: people, or dossiers. */
  measure: z.string().min(1),
  /** What it asks of a staff member, in one or two sentences. */
  summary: z.string().min(1),
  /** Root-relative link to the page that helps. */
  guide: z.string().startsWith('/'),
  guideLabel: z.string().min(1),
});

export const requirementsSchema = z.array(requirementSchema).length(3);

export type Requirement = z.infer<typeof requirementSchema>;
