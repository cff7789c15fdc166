/** The self-assessment's ties to the page around it, each one a hook so the island stays a list of parts. */
import { render } from 'preact';
import { useCallback, useEffect, useRef } from 'preact/hooks';
import { flushDrafts } from '../drafts';
import type { AssessmentContent } from '../types';
import { PrintSheet } from './PrintSheet';

/** The printout lives directly under <body>, so printing can hide the rest of the page around it. */
export function usePrintSheet(content: AssessmentContent): void {
  useEffect(() => {
    const host = document.createElement('div');
    host.className = 'sa-print-host';
    document.body.append(host);
    render(<PrintSheet content={content} />, host);
    return () => {
      render(null, host);
      host.remove();
    };
  }, []);
}

/**
 * Moves focus to an element that the next render draws (a heading that replaces the button just
 * pressed): call the returned function with its id, and focus goes there once it is on screen.
 */
export function useFocusAfterRender(): (id: string) => void {
  const wanted = useRef<string | null>(null);
  useEffect(() => {
    const element = wanted.current ? document.getElementById(wanted.current) : null;
    // Kept until the element is drawn: a render of something else (the save status) may come first.
    if (!element) return;
    wanted.current = null;
    element.focus();
  });
  return useCallback((id: string) => {
    wanted.current = id;
  }, []);
}

/** What is being typed is saved before the page is hidden (phone switched app), reloaded or closed. */
export function useSaveDraftsOnLeave(): void {
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flushDrafts();
    };
    window.addEventListener('pagehide', flushDrafts);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flushDrafts);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, []);
}
