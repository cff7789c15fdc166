/**
 * Gives the browser a turn (input, painting) between two pieces of work, without the 4 ms clamp of nested
 * setTimeout: a long computation paused every few milliseconds (the TCHC report over thousands of files), or
 * an island that has just evaluated its code and has yet to draw (the simulator on a slow phone), so that
 * neither holds the main thread in one long task.
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
