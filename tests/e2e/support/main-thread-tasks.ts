/**
 * How long the page's main thread was busy with one task at a time, from a Chromium trace: each task's
 * wall time (what the Long Tasks API reports) and its thread CPU time. On a machine shared by many
 * processes the wall time of the same work varies several-fold while the CPU time barely moves, so the
 * CPU time is what a test can hold to a limit; the wall time is recorded beside it.
 */
import type { Browser, Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: {
    name?: string;
    chrome_mojo_event_info?: { mojo_interface_tag?: string };
    data?: { type?: string };
  };
}

export interface TaskTimes {
  /** The longest task's thread CPU time, ms. */
  longestCpuMs: number;
  /** The longest task's wall time, ms. */
  longestWallMs: number;
  tasks: number;
}

/** Runs `action` while tracing the page's renderer; the longest main-thread task during it. */
export async function mainThreadTasksDuring(
  browser: Browser,
  page: Page,
  action: () => Promise<void>,
): Promise<TaskTimes> {
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
  let trace: Buffer;
  try {
    await action();
  } finally {
    trace = await browser.stopTracing();
  }
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const mainThreads = new Set(
    events
      .filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const onMain = (event: TraceEvent) => event.ph === 'X' && mainThreads.has(`${event.pid}:${event.tid}`);
  const within = (outer: TraceEvent, event: TraceEvent) =>
    event.pid === outer.pid && event.tid === outer.tid && event.ts >= outer.ts && event.ts <= outer.ts + outer.dur!;
  const tasks: TraceEvent[] = [];
  for (const task of events.filter((event) => onMain(event) && event.name === 'ThreadControllerImpl::RunTask')) {
    // A task that is Playwright's own command (handing over the files, querying the page) counts only for
    // the page's event handlers inside it: the rest is the test driving the browser, not the page.
    const driven = events.some(
      (event) =>
        within(task, event) && event.args?.chrome_mojo_event_info?.mojo_interface_tag === 'blink.mojom.DevToolsSession',
    );
    if (!driven) tasks.push(task);
    else
      tasks.push(...events.filter((event) => onMain(event) && event.name === 'EventDispatch' && within(task, event)));
  }
  return {
    longestCpuMs: Math.max(...tasks.map((task) => (task.tdur ?? task.dur ?? 0) / 1000)),
    longestWallMs: Math.max(...tasks.map((task) => (task.dur ?? 0) / 1000)),
    tasks: tasks.length,
  };
}
