import { describe, expect, it } from 'vitest';
import {
  clampSlide,
  hashOfSlide,
  initialKeyState,
  interpretKey,
  keyHelp,
  slideFromHash,
  targetSlide,
  type KeyState,
} from './keys';

const press = (key: string, state: KeyState = initialKeyState, withModifier = false) =>
  interpretKey(state, { key, withModifier });

describe('deck keys', () => {
  it.each(['ArrowRight', 'PageDown', ' ', 'Enter', 'ArrowDown'])('%j goes to the next slide', (key) => {
    expect(press(key).command).toEqual({ kind: 'next' });
  });

  it.each(['ArrowLeft', 'PageUp', 'Backspace', 'ArrowUp'])('%j goes to the previous slide', (key) => {
    expect(press(key).command).toEqual({ kind: 'previous' });
  });

  it.each([
    ['Home', 'first'],
    ['End', 'last'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['b', 'black'],
    ['.', 'black'],
    ['w', 'white'],
    ['o', 'overview'],
    ['?', 'help'],
    ['p', 'presenter'],
  ])('%j is %s', (key, kind) => {
    expect(press(key).command).toEqual({ kind });
  });

  it('jumps to a typed number on Enter, and forgets the digits after any other key', () => {
    const one = press('1');
    const twelve = press('2', one.state);
    expect(twelve.command).toBeNull();
    expect(press('Enter', twelve.state).command).toEqual({ kind: 'goto', slide: 12 });
    expect(press('Enter', press('ArrowRight', twelve.state).state).command).toEqual({ kind: 'next' });
  });

  it('leaves the browser its own shortcuts (Ctrl+P prints, Ctrl+F finds)', () => {
    expect(press('p', initialKeyState, true).command).toBeNull();
    expect(press('f', initialKeyState, true).command).toBeNull();
  });

  it('ignores keys that are not the deck’s', () => {
    expect(press('x').command).toBeNull();
    expect(press('Tab').command).toBeNull();
  });

  it('lists every command in the help', () => {
    const kinds = new Set(
      ['ArrowRight', 'ArrowLeft', 'Home', 'End', 'f', 'b', 'w', 'o', 'p', '?'].map((key) => press(key).command?.kind),
    );
    expect(kinds.size).toBe(10);
    expect(keyHelp).toHaveLength(10);
  });
});

describe('slide addresses', () => {
  it('reads #/N, 1-based, clamped to the deck', () => {
    expect(slideFromHash('#/3', 10)).toBe(3);
    expect(slideFromHash('#/30', 10)).toBe(10);
    expect(slideFromHash('#/0', 10)).toBe(1);
    expect(slideFromHash('', 10)).toBe(1);
    expect(slideFromHash('#p1-b3', 10)).toBe(1);
    expect(hashOfSlide(7)).toBe('#/7');
  });

  it('moves within the deck and stops at both ends', () => {
    expect(targetSlide({ kind: 'next' }, 10, 10)).toBe(10);
    expect(targetSlide({ kind: 'previous' }, 1, 10)).toBe(1);
    expect(targetSlide({ kind: 'last' }, 2, 10)).toBe(10);
    expect(targetSlide({ kind: 'goto', slide: 99 }, 2, 10)).toBe(10);
    expect(targetSlide({ kind: 'help' }, 2, 10)).toBeNull();
    expect(clampSlide(Number.NaN, 5)).toBe(1);
  });
});
