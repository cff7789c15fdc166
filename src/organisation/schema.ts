import { z } from 'astro/zod';
import { flagDuplicateIds, loadYaml, parseContent } from '../content-files/validate';

/** Where the settings live, for messages. */
const ORGANISATION_FILE = 'content/organisation.yaml';

/** A percentage target, 0 to 100. */
const percent = z.number().min(0, 'phải từ 0 đến 100').max(100, 'phải từ 0 đến 100');

/** One khoa, phòng or trạm Y tế. */
const unitSchema = z.object({
  /**
   * Stable id written into every result file: renaming a unit must not change it.
   * Lower-case ASCII words joined by hyphens, e.g. `tram-cat-hanh`.
   */
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'phải là chữ thường không dấu, số và dấu "-", ví dụ "tram-cat-hanh"')
    .describe('Stable id of the unit'),
  /** Name as staff know it, with diacritics. */
  name: z.string().trim().min(1, 'không được để trống').describe('Display name'),
  /** What kind of unit: a clinical department, an office or a commune health station. */
  kind: z.enum(['khoa', 'phong', 'tram'], 'phải là "khoa", "phong" hoặc "tram"').describe('Kind of unit'),
  /** Number of staff, when known; the aggregation page reports replies against it. */
  headcount: z.number().int('phải là số nguyên').positive('phải lớn hơn 0').optional().describe('Staff count'),
});

/**
 * The centre as it is named today, after the 2025 reorganisation (no district level; Bình Định part of Gia
 * Lai). Printed where the site names the centre now: the site's title, the home page, the contact line,
 * the slides, the headings of the TCHC report and of the self-assessment sheet. The directive's text keeps
 * its 2024 names, and so do `name` and `parent`, which every result file carries to say whose it is.
 */
const currentNameSchema = z
  .object({
    name: z.string().trim().min(1, 'không được để trống').describe('Full name today'),
    shortName: z.string().trim().min(1, 'không được để trống').describe('Short name today'),
    parent: z.string().trim().min(1, 'không được để trống').describe('Parent authority today'),
  })
  .strict();

/**
 * The organisation settings in `content/organisation.yaml`: everything another health centre would
 * change to reuse the site, validated when the site is built.
 */
const organisationSchema = z
  .object({
    /** Full name of the centre in the directive (2024), e.g. "Trung tâm Y tế huyện Phù Cát". */
    name: z.string().trim().min(1, 'không được để trống'),
    /** Short name in the directive (2024), e.g. "TTYT huyện Phù Cát". */
    shortName: z.string().trim().min(1, 'không được để trống'),
    /** Parent authority in the directive (2024), e.g. "Sở Y tế tỉnh Bình Định". */
    parent: z.string().trim().min(1, 'không được để trống'),
    /** The centre's name today; see `currentNameSchema`. */
    current: currentNameSchema,
    /** Place name printed before the date on documents ("Phù Cát, ngày … tháng … năm …"). */
    place: z.string().trim().min(1, 'không được để trống'),
    /** The year the targets apply to. */
    year: z.number().int('phải là số nguyên').min(2020, 'phải từ 2020 đến 2100').max(2100, 'phải từ 2020 đến 2100'),
    /** The directive's three targets, in percent. */
    targets: z.object({
      /** Staff using online public services and online payment. @default 100 */
      onlineServicesAndPayment: percent,
      /** Staff submitting with a VNeID level-2 account. @default 100 */
      vneidLevel2: percent,
      /** Dossiers that reuse digitised results ("Tỷ lệ khai thác, sử dụng lại thông tin số hóa"). @default 60 */
      digitisedReuse: percent,
    }),
    /** Units in the order reports list them. */
    units: z.array(unitSchema).min(1, 'cần ít nhất một đơn vị'),
    /**
     * Whether TCHC has checked the unit list and head counts against the centre's real ones. The shipped
     * list is the site's own sample (the directive has none); until this is true, the report says so
     * wherever it counts against the head counts.
     */
    unitsChecked: z.boolean('phải là true hoặc false'),
    /** Contact line shown in the footer and on printouts. */
    contact: z.string().trim().min(1, 'không được để trống'),
    /** Who signs the printed aggregate report; the name may stay empty to be written by hand. */
    reportSigner: z
      .object({
        /** The signer's title as printed, upper case, e.g. "GIÁM ĐỐC" or "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC". */
        title: z.string().trim().min(1, 'không được để trống'),
        /** Full name, or empty to leave the line blank. @default "" */
        name: z.string().trim().default(''),
      })
      .strict()
      .default({ title: 'GIÁM ĐỐC', name: '' }),
  })
  .strict()
  .superRefine((organisation, ctx) => flagDuplicateIds(organisation.units, 'units', ctx));

export type Organisation = z.infer<typeof organisationSchema>;

/**
 * Validates raw settings and throws one message that names every wrong field, e.g.
 * `units.2.id: phải là chữ thường không dấu…`, so an editor knows where to look.
 */
export function parseOrganisation(raw: unknown, source = ORGANISATION_FILE): Organisation {
  return parseContent(organisationSchema, raw, source, 'Cài đặt đơn vị');
}

/** Reads the settings from their YAML text; a syntax error or a wrong field names the file. */
export function loadOrganisation(yamlText: string, source = ORGANISATION_FILE): Organisation {
  return parseOrganisation(loadYaml(yamlText, source), source);
}
