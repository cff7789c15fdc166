import type { CDPSession, Page } from '@playwright/test';

/**
 * A key of a Vietnamese input method as it reaches the page: a letter typed as is, or what Unikey and
 * EVKey (Telex/VNI, "send backspace" mode, the usual setting on Windows) send when a later key changes
 * an earlier letter: Backspace `erase` times, then the replacement text, all at once.
 */
export type ImeKey = string | { erase: number; text: string };

/** "Nguyễn Văn Bình" typed in Telex as Unikey sends it: N g u y e e n x, V a w n, B i n h f. */
export const TELEX_NGUYEN_VAN_BINH: ImeKey[] = [
  ...'Nguye',
  { erase: 1, text: 'ê' },
  'n',
  { erase: 2, text: 'ễn' },
  ...' Va',
  { erase: 1, text: 'ă' },
  ...'n Binh',
  { erase: 3, text: 'ình' },
];

/** "Đã hỏi trạm" in Telex: D d a x, h o i r, t r a j m. */
export const TELEX_DA_HOI_TRAM: ImeKey[] = [
  'D',
  { erase: 1, text: 'Đ' },
  'a',
  { erase: 1, text: 'ã' },
  ...' hoi',
  { erase: 2, text: 'ỏi' },
  ...' tra',
  { erase: 1, text: 'ạ' },
  'm',
];

/** Sends the keys with no pause between them (0 ms), as an input method does. */
export async function typeBurst(page: Page, keys: readonly ImeKey[]) {
  for (const key of keys) {
    if (typeof key === 'string') {
      for (const character of key) await page.keyboard.insertText(character);
      continue;
    }
    for (let index = 0; index < key.erase; index++) await page.keyboard.press('Backspace');
    await page.keyboard.insertText(key.text);
  }
}

/**
 * Types `word` the way a composing input method (the Vietnamese IME of Windows, Gboard, iOS) does:
 * each stage is shown as composition text, then the word is committed. Playwright's `keyboard.type`
 * fires no composition events, so this goes through the DevTools protocol.
 */
export async function composeWord(session: CDPSession, stages: readonly string[], word: string) {
  for (const stage of stages) {
    await session.send('Input.imeSetComposition', {
      text: stage,
      selectionStart: stage.length,
      selectionEnd: stage.length,
    });
  }
  await session.send('Input.insertText', { text: word });
}
