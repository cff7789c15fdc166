/**
 * Validation shared by every data file under content/ (organisation settings, guides, corrections…):
 * a wrong value stops the build with one message that names the file and every wrong field, so an
 * editor who is not a developer knows which line to fix.
 */
import type { z } from 'astro/zod';
import { load } from 'js-yaml';

type Path = ReadonlyArray<PropertyKey>;

/** `units.2.id`; in a file that is a plain list, items are counted from 1 as editors count ("mục 3.note"). */
function describePath(path: Path, rootIsList: boolean): string {
  const parts = path.map((part, depth) =>
    depth === 0 && rootIsList && typeof part === 'number' ? `mục ${part + 1}` : String(part),
  );
  return parts.join('.') || '(gốc)';
}

/**
 * Parses `raw` with `schema` or throws `"<what> trong <source> không hợp lệ:"` followed by one line
 * per problem.
 */
export function parseContent<T>(schema: z.ZodType<T>, raw: unknown, source: string, what: string): T {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const rootIsList = Array.isArray(raw);
  const lines = result.error.issues.map((issue) => `  - ${describePath(issue.path, rootIsList)}: ${issue.message}`);
  throw new Error(`${what} trong ${source} không hợp lệ:\n${lines.join('\n')}`);
}

/** Flags every item whose id repeats an earlier one, at `<listPath>.<index>.id`. */
export function flagDuplicateIds(items: ReadonlyArray<{ id: string }>, listPath: string, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id))
      ctx.addIssue({ code: 'custom', path: [listPath, index, 'id'], message: `mã "${item.id}" bị trùng` });
    seen.add(item.id);
  });
}

/** Parses a YAML content file; a syntax error names the file, not only the line. */
export function loadYaml(source: string, file: string): unknown {
  try {
    return load(source);
  } catch (error) {
    throw new Error(
      `Không đọc được ${file} (lỗi cú pháp YAML): ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}
