import { describe, expect, it } from 'vitest';
import { modeStatus } from './strings';

describe('modeStatus', () => {
  const result = { bestScore: 92, maxScore: 100, passed: true, completedAt: '2026-11-28T23:30:00+07:00' };

  it('says “Chưa làm” when there is nothing', () => {
    expect(modeStatus('test', undefined, undefined)).toBe('Chưa làm');
  });

  it('gives the best score, the verdict and the Vietnamese day for Kiểm tra, and no score for the other modes', () => {
    expect(modeStatus('test', result, undefined)).toBe('Điểm cao nhất 92/100, Đạt, ngày 28/11/2026');
    expect(modeStatus('test', { ...result, passed: false }, undefined)).toBe(
      'Điểm cao nhất 92/100, Chưa đạt, ngày 28/11/2026',
    );
    expect(modeStatus('practice', result, undefined)).toBe('Đã làm hết các bước, ngày 28/11/2026');
    expect(modeStatus('guided', result, 3)).toBe(
      'Đang làm dở: đã xong 3 thao tác. Đã làm hết các bước, ngày 28/11/2026',
    );
  });

  it('puts a run in progress first', () => {
    expect(modeStatus('guided', undefined, 5)).toBe('Đang làm dở: đã xong 5 thao tác');
    expect(modeStatus('test', result, 0)).toBe(
      'Đang làm dở: đã xong 0 thao tác. Điểm cao nhất 92/100, Đạt, ngày 28/11/2026',
    );
  });
});
