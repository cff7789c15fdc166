import { describe, expect, it } from 'vitest';
import { guides } from '../../../guides/index';
import {
  applyAction,
  createSession,
  currentScreen,
  fill,
  isFinished,
  nextCorrectAction,
  replayTo,
  stepIndexOf,
  valuesOf,
} from '../../engine/machine';
import { scoreOf } from '../../engine/scoring';
import type { SimAction, WrongAction } from '../../engine/types';
import { validateScenario } from '../../engine/validate';
import { persona } from '../../portals/persona';
import { scenario, simPersona } from './scenario';

const guideIds = guides['phu-luc-1'].steps.map((step) => step.id);
const seed = 42;
const otp = valuesOf(scenario, seed)['otp']!;

function play(state = createSession(scenario, 'test', seed), at = 0) {
  let current = state;
  while (!isFinished(scenario, current))
    current = applyAction(scenario, current, nextCorrectAction(scenario, current)!.action, at).state;
  return current;
}

const asAction = (wrong: WrongAction): SimAction =>
  wrong.kind === 'type'
    ? { kind: 'type', target: wrong.target, value: 'zzz' }
    : wrong.kind === 'click'
      ? { kind: 'click', target: wrong.target }
      : { kind: 'choose', target: wrong.target, value: String(wrong.value) };

describe('Phụ lục 1 scenario', () => {
  it('passes the validator, with the guide step ids of content/guides/phu-luc-1.yaml', () => {
    expect(validateScenario(scenario, guideIds)).toEqual([]);
    expect(new Set(scenario.steps.map((step) => step.guideStep))).toEqual(new Set(guideIds));
  });

  it('advances on every step’s right action, and every listed mistake gives its own feedback without advancing', () => {
    let state = createSession(scenario, 'guided', seed);
    let played = 0;
    while (!isFinished(scenario, state)) {
      const next = nextCorrectAction(scenario, state)!;
      for (const wrong of next.step.wrong ?? []) {
        // A wrong value counts once it is confirmed (the person leaves the field), not as it is typed.
        const typed = applyAction(scenario, state, asAction(wrong), 0);
        const outcome =
          wrong.kind === 'type'
            ? applyAction(scenario, typed.state, { kind: 'confirm', target: wrong.target }, 0)
            : typed;
        expect(outcome.event, `${next.step.id} / ${wrong.target}`).toBe('wrong');
        expect(outcome.feedback?.text).toBe(wrong.feedback);
        expect(outcome.state.position).toBe(state.position);
      }
      const outcome = applyAction(scenario, state, next.action, 0);
      expect(outcome.event, next.step.id).toBe('correct');
      expect(outcome.state.done).toContain(next.step.id);
      state = outcome.state;
      played += 1;
    }
    expect(currentScreen(scenario, state)).toBe('identity');
    expect(played).toBeGreaterThan(25);
  });

  it('meets the notice twice: Bỏ qua at Bước 1, Đăng nhập bằng VNeID at Bước 6', () => {
    const b1 = replayTo(scenario, 'guided', seed, stepIndexOf(scenario, 'b1-skip'), 0);
    expect(currentScreen(scenario, b1)).toBe('notice');
    expect(applyAction(scenario, b1, { kind: 'click', target: 'notice-vneid' }, 0).feedback?.text).toMatch(/CCCD/);
    const b6 = replayTo(scenario, 'guided', seed, stepIndexOf(scenario, 'p1-b6'), 0);
    expect(currentScreen(scenario, b6)).toBe('notice');
    expect(applyAction(scenario, b6, { kind: 'click', target: 'notice-skip' }, 0).feedback?.text).toMatch(
      /chưa liên kết/,
    );
    expect(applyAction(scenario, b6, { kind: 'click', target: 'notice-vneid' }, 0).event).toBe('correct');
  });

  it('names the listed wrong paths', () => {
    const chooser = replayTo(scenario, 'practice', seed, stepIndexOf(scenario, 'b1-choose-cong'), 0);
    expect(applyAction(scenario, chooser, { kind: 'click', target: 'kind-buu-dien' }, 0).feedback?.text).toMatch(
      /không dành cho cán bộ, công chức, viên chức/,
    );
    const b3 = replayTo(scenario, 'practice', seed, stepIndexOf(scenario, 'p1-b3'), 0);
    expect(applyAction(scenario, b3, { kind: 'click', target: 'save' }, 0).feedback?.text).toMatch(
      /Cập nhật từ CSDL Quốc gia về Dân cư” trước/,
    );
    const otpStep = replayTo(scenario, 'practice', seed, stepIndexOf(scenario, 'b1-otp'), 0);
    const wrongDigit = otp[0] === '9' ? '0' : '9';
    const typed = applyAction(scenario, otpStep, { kind: 'type', target: 'otp-code', value: wrongDigit }, 0);
    expect(typed.feedback).toBeNull();
    expect(applyAction(scenario, typed.state, { kind: 'confirm', target: 'otp-code' }, 0).feedback?.text).toMatch(
      /Mã OTP không đúng/,
    );
    // Xác nhận with the wrong code says what is wrong with the code; with no code, that it is missing.
    expect(applyAction(scenario, typed.state, { kind: 'click', target: 'otp-submit' }, 0).feedback?.text).toMatch(
      /Mã OTP không đúng/,
    );
    expect(applyAction(scenario, otpStep, { kind: 'click', target: 'otp-submit' }, 0).feedback?.text).toMatch(
      /Mã OTP chưa đúng/,
    );
  });

  it('warns about a real-looking number, never about the persona’s own', () => {
    const login = replayTo(scenario, 'practice', seed, stepIndexOf(scenario, 'b1-user'), 0);
    expect(
      applyAction(scenario, login, { kind: 'type', target: 'login-user', value: '079123456789' }, 0).feedback?.text,
    ).toBe(scenario.realDataWarning);
    expect(
      applyAction(scenario, login, { kind: 'type', target: 'login-password', value: '0905123456' }, 0).feedback?.text,
    ).toBe(scenario.realDataWarning);
    for (let i = 1; i <= simPersona.idNumber.length; i += 1) {
      expect(
        applyAction(scenario, login, { kind: 'type', target: 'login-user', value: simPersona.idNumber.slice(0, i) }, 0)
          .feedback,
      ).toBeNull();
    }
    // Typed one key at a time, a real number is caught once it has the shape of one, and never kept.
    let typed = login;
    let last = '';
    for (const key of '0905123456') {
      const outcome = applyAction(
        scenario,
        typed,
        { kind: 'type', target: 'login-user', value: (typed.fields['login-user'] ?? '') + key },
        0,
      );
      typed = outcome.state;
      last = outcome.feedback?.text ?? '';
    }
    expect(last).toBe(scenario.realDataWarning);
    expect(typed.fields['login-user']).toBe('09051234');
    // The persona's number typed into the wrong field is a slip, not real data.
    const slip = applyAction(
      scenario,
      login,
      { kind: 'type', target: 'login-password', value: simPersona.idNumber },
      0,
    );
    expect(slip.feedback).toBeNull();
    expect(applyAction(scenario, slip.state, { kind: 'confirm', target: 'login-password' }, 0).feedback?.text).toBe(
      scenario.typoFeedback,
    );
  });

  describe('a wrong value, once confirmed, says what to correct', () => {
    const login = () => replayTo(scenario, 'practice', seed, stepIndexOf(scenario, 'b1-user'), 0);
    /** Typed key by key, then the field left: every keystroke neutral, the confirmation's outcome returned. */
    const typeAndLeave = (target: string, text: string) => {
      let state = login();
      for (let i = 1; i <= text.length; i += 1) {
        const outcome = applyAction(scenario, state, { kind: 'type', target, value: text.slice(0, i) }, 0);
        expect(outcome.event, `${text.slice(0, i)}`).not.toBe('wrong');
        state = outcome.state;
      }
      return applyAction(scenario, state, { kind: 'confirm', target }, 0);
    };
    /** The persona's number with the digit at `index` changed. */
    const changed = (number: string, index: number) =>
      number.slice(0, index) + String((Number(number[index]) + 1) % 10) + number.slice(index + 1);

    it('the case of a password', () => {
      const outcome = typeAndLeave('login-password', simPersona.portalPassword.toLowerCase());
      expect(outcome.event).toBe('wrong');
      expect(outcome.feedback?.text).toMatch(/^Mật khẩu phân biệt chữ hoa, chữ thường/);
      expect(outcome.state.misses['b1-password']).toHaveLength(1);
    });

    it('spaces around a value', () => {
      expect(typeAndLeave('login-password', ` ${simPersona.portalPassword} `).feedback?.text).toMatch(
        /dấu cách thừa ở đầu hoặc cuối/,
      );
    });

    it('a slip in the made-up number, never taken for real data', () => {
      const number = persona.idNumber;
      for (const typo of [changed(number, 7), changed(changed(number, 3), 9), number.slice(0, 5) + number.slice(6)]) {
        const outcome = typeAndLeave('login-user', typo);
        expect(outcome.feedback?.text, typo).toBe(
          `Số này khác số trên thẻ dữ liệu giả định: ${number}. Sửa lại từng chữ số cho đúng.`,
        );
        expect(outcome.state.fields['login-user']).toBe(typo);
      }
    });

    it('a real-looking number is still refused and never kept', () => {
      // Every digit of the persona's number moved by five: no slip of the finger, somebody else's number.
      const other = [...persona.idNumber].map((digit) => String((Number(digit) + 5) % 10)).join('');
      const outcome = applyAction(scenario, login(), { kind: 'type', target: 'login-user', value: other }, 0);
      expect(outcome.feedback?.text).toBe(scenario.realDataWarning);
      expect(JSON.stringify(outcome.state)).not.toContain(other);
    });
  });

  it('takes the QR code path as a right answer too', () => {
    const start = replayTo(scenario, 'test', seed, stepIndexOf(scenario, 'p1-b7'), 0);
    const qr = applyAction(scenario, start, { kind: 'click', target: 'vneid-qr' }, 0).state;
    expect(currentScreen(scenario, qr)).toBe('vneid-app');
    const approved = applyAction(scenario, qr, { kind: 'click', target: 'app-approve' }, 0).state;
    expect(scenario.steps[approved.position]?.id).toBe('kt-menu');
  });

  it('uses a seeded OTP: the same run keeps its code, another seed draws another', () => {
    expect(otp).toMatch(/^\d{6}$/);
    expect(valuesOf(scenario, seed)['otp']).toBe(otp);
    const codes = new Set([1, 2, 3, 4, 5].map((s) => valuesOf(scenario, s)['otp']));
    expect(codes.size).toBeGreaterThan(1);
    expect(fill('{otp}', valuesOf(scenario, seed))).toBe(otp);
  });

  it('passes a clean, timely test and fails one with many mistakes', () => {
    expect(scoreOf(scenario, play(createSession(scenario, 'test', seed), 1000))).toMatchObject({
      score: 100,
      passed: true,
    });
    let state = createSession(scenario, 'test', seed);
    for (let i = 0; i < 12; i += 1) {
      state = applyAction(scenario, state, { kind: 'click', target: 'kind-buu-dien' }, 0).state;
      state = applyAction(scenario, state, nextCorrectAction(scenario, state)!.action, 0).state;
    }
    const result = scoreOf(scenario, play(state, 60_000));
    expect(result.passed).toBe(false);
    expect(result.steps.filter((step) => step.misses.length > 0)).toHaveLength(12);
  });
});
