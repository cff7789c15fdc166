import { z } from 'astro/zod';
import { loadYaml, parseContent } from '../content-files/validate';

/** Where the requirements live, for messages. */
const REQUIREMENTS_FILE = 'content/directive/requirements.yaml';

const filled = z.string().trim().min(1, 'không được để trống');

/** One of the directive's three requirements, in plain words, as `content/directive/requirements.yaml` holds it. */
const requirementSchema = z.object({
  /** Stable id (ASCII, hyphens). */
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'phải là chữ thường không dấu, số và dấu "-", ví dụ "vneid-muc-2"'),
  /** Its number in the directive (1–3). */
  number: z.number().int('phải là số nguyên').min(1, 'phải từ 1 trở lên'),
  /** A short title in the imperative. */
  title: filled,
  /** Which target of the organisation settings applies. */
  target: z.enum(
    ['onlineServicesAndPayment', 'vneidLevel2', 'digitisedReuse'],
    'phải là "onlineServicesAndPayment", "vneidLevel2" hoặc "digitisedReuse" (tên chỉ tiêu trong content/organisation.yaml)',
  ),
  /** What the percentage counts: people, or dossiers. */
  measure: filled,
  /** What it asks of a staff member, in one or two sentences. */
  summary: filled,
  /** Root-relative link to the page that helps. */
  guide: z.string().startsWith('/', 'phải bắt đầu bằng "/", ví dụ "/phu-luc-1/"'),
  guideLabel: filled,
  /**
   * How this site measures the figure and how far that matches the official indicator: the one sentence the
   * home page, the directive page, the quiz and the TCHC report all show.
   */
  howMeasured: z.optional(filled),
});

const requirementsSchema = z.array(requirementSchema).length(3, 'phải có đúng 3 yêu cầu');

/** Validates the requirements and throws one message naming the file and every wrong field, e.g. `mục 2.target`. */
export function parseRequirements(raw: unknown, source = REQUIREMENTS_FILE): z.infer<typeof requirementsSchema> {
  return parseContent(requirementsSchema, raw, source, 'Các yêu cầu của công văn');
}

/** Reads the requirements from their YAML text; a syntax error or a wrong field names the file. */
export function loadRequirements(yamlText: string, source = REQUIREMENTS_FILE): z.infer<typeof requirementsSchema> {
  return parseRequirements(loadYaml(yamlText, source), source);
}
