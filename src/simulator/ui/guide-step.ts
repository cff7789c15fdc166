/** A guide step as the simulator shows it: its wording read from content/guides/ when the site is built. */
export interface GuideStepView {
  id: string;
  label: string;
  title: string;
  /** The guide's wording as HTML, rendered at build time (renderInline). */
  html: string;
  /** The step in its guide (`/phu-luc-1/#p1-b3`, under the site's base path). */
  href: string;
}
