/**
 * What a key does in a deck, for a clicker and a presenter used to reveal.js and PowerPoint: plain logic,
 * no DOM, so the key map is tested alone and the page script only acts on the command it gets back.
 */

export type DeckCommand =
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'goto'; slide: number }
  | { kind: 'fullscreen' }
  | { kind: 'black' }
  | { kind: 'white' }
  | { kind: 'overview' }
  | { kind: 'help' }
  | { kind: 'presenter' };

/** The digits typed so far for "a number + Enter jumps to that slide". */
export interface KeyState {
  digits: string;
}

export const initialKeyState: KeyState = { digits: '' };

const simple: Readonly<Record<string, DeckCommand>> = {
  ArrowRight: { kind: 'next' },
  ArrowDown: { kind: 'next' },
  PageDown: { kind: 'next' },
  ' ': { kind: 'next' },
  Enter: { kind: 'next' },
  ArrowLeft: { kind: 'previous' },
  ArrowUp: { kind: 'previous' },
  PageUp: { kind: 'previous' },
  Backspace: { kind: 'previous' },
  Home: { kind: 'first' },
  End: { kind: 'last' },
  f: { kind: 'fullscreen' },
  b: { kind: 'black' },
  '.': { kind: 'black' },
  w: { kind: 'white' },
  o: { kind: 'overview' },
  '?': { kind: 'help' },
  p: { kind: 'presenter' },
};

export interface KeyPress {
  key: string;
  /** Ctrl, Alt or Meta held: the browser's own shortcut (Ctrl+P prints), never the deck's. */
  withModifier: boolean;
}

/** The command for one key press, and the digits left for the next one. `command` null: not the deck's key. */
export function interpretKey(state: KeyState, press: KeyPress): { state: KeyState; command: DeckCommand | null } {
  if (press.withModifier) return { state: initialKeyState, command: null };
  if (/^[0-9]$/.test(press.key)) return { state: { digits: (state.digits + press.key).slice(-4) }, command: null };
  if (press.key === 'Enter' && state.digits !== '') {
    return { state: initialKeyState, command: { kind: 'goto', slide: Number(state.digits) } };
  }
  const command = simple[press.key.length === 1 ? press.key.toLowerCase() : press.key] ?? null;
  return { state: initialKeyState, command };
}

/** The key list shown by "?": what to press, what it does. One list, so the help never drifts from the map. */
export const keyHelp: readonly { keys: string; does: string }[] = [
  {
    keys: '→, PageDown, Space, Enter',
    does: 'Trang chiếu tiếp theo (ở trang làm trực tiếp: thao tác tiếp theo của mô phỏng)',
  },
  { keys: '←, PageUp, Backspace', does: 'Trang chiếu trước' },
  { keys: 'Home, End', does: 'Trang chiếu đầu, trang chiếu cuối' },
  { keys: 'Số rồi Enter', does: 'Đến trang chiếu số đó' },
  { keys: 'F', does: 'Bật, tắt toàn màn hình (Esc để thoát)' },
  { keys: 'B hoặc .', does: 'Che màn hình đen' },
  { keys: 'W', does: 'Che màn hình trắng' },
  { keys: 'O', does: 'Xem tất cả trang chiếu' },
  { keys: 'P', does: 'Mở màn hình người trình bày (cửa sổ thứ hai)' },
  { keys: '?', does: 'Danh sách phím này' },
];

/** The slide (1-based, as shown and as in `#/12`) an address's hash asks for; 1 if none or out of range. */
export function slideFromHash(hash: string, total: number): number {
  const match = /^#\/(\d+)$/.exec(hash);
  const slide = match ? Number(match[1]) : 1;
  return clampSlide(slide, total);
}

export function hashOfSlide(slide: number): string {
  return `#/${slide}`;
}

export function clampSlide(slide: number, total: number): number {
  if (!Number.isFinite(slide) || total < 1) return 1;
  return Math.min(Math.max(Math.trunc(slide), 1), total);
}

/** The slide a move command leads to; null for commands that do not move. */
export function targetSlide(command: DeckCommand, current: number, total: number): number | null {
  switch (command.kind) {
    case 'next':
      return clampSlide(current + 1, total);
    case 'previous':
      return clampSlide(current - 1, total);
    case 'first':
      return 1;
    case 'last':
      return total;
    case 'goto':
      return clampSlide(command.slide, total);
    default:
      return null;
  }
}
