/**
 * /schemas/<name>.json: the JSON Schemas the site publishes, generated at build time from the zod
 * schemas that the site itself checks files with (src/result-file/json-schema.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { PUBLISHED_SCHEMAS } from '../../result-file/json-schema';

export const getStaticPaths = (() =>
  Object.keys(PUBLISHED_SCHEMAS).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const schema = PUBLISHED_SCHEMAS[params.name ?? ''];
  if (!schema) return new Response(null, { status: 404 });
  return new Response(`${JSON.stringify(schema(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
