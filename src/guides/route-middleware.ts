import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { guideFiles, guides, type GuideId } from './index';
import { withGuideSteps } from './table-of-contents';

const isGuidePage = (id: string): id is GuideId => Object.hasOwn(guideFiles, id);

/** Lists each guide step in the guide page's "Trên trang này" (see `withGuideSteps`). */
export const onRequest = defineRouteMiddleware(({ locals }) => {
  const route = locals.starlightRoute;
  if (!route.toc || !isGuidePage(route.id)) return;
  route.toc.items = withGuideSteps(route.toc.items, guides[route.id].steps, `content/docs/${route.id}.mdx`);
});
