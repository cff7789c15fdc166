import { setPersistentEngine } from '@nanostores/persistent';
import { beforeEach, describe, expect, it } from 'vitest';
import { STORAGE_PREFIX } from '../storage/versioned-store';
import { simulatorResults } from '../simulator/results';
import { initialChecklist, initialProfile } from './state';
import {
  acceptNotice,
  applyRestored,
  checklistStore,
  clearEverything,
  ensurePersonId,
  profileStore,
  quizStore,
  setItemAnswer,
  setItemText,
  updateProfile,
} from './stores';

let storage: Record<string, string>;
const now = new Date('2026-11-29T09:00:00+07:00');

beforeEach(() => {
  storage = {};
  setPersistentEngine(storage, { addEventListener() {}, removeEventListener() {} });
  profileStore.set(initialProfile);
  checklistStore.set(initialChecklist);
  for (const key of Object.keys(storage)) delete storage[key];
});

describe('the self-assessment stores', () => {
  it('make the person id once, when the person starts, and keep it', () => {
    acceptNotice(now);
    const id = profileStore.get().personId;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    acceptNotice(new Date('2026-11-30T09:00:00+07:00'));
    expect(profileStore.get().personId).toBe(id);
    expect(ensurePersonId()).toBe(id);
  });

  it('save every change, versioned, stamped with the time in Vietnam', () => {
    acceptNotice(now);
    updateProfile({ name: 'Nguyễn Văn Mẫu' }, now);
    setItemAnswer('vneid-muc-2', 'done', now);
    setItemText('vneid-muc-2', 'date', '05/03/2024', now);
    const saved = JSON.parse(storage[`${STORAGE_PREFIX}self-assessment:checklist`]!);
    expect(saved).toEqual({
      version: 1,
      data: expect.objectContaining({
        items: {
          'vneid-muc-2': { answer: 'done', date: '05/03/2024', reason: '', answeredAt: '2026-11-29T09:00:00+07:00' },
        },
        updatedAt: '2026-11-29T09:00:00+07:00',
      }),
      // When each field last changed, for another open tab to merge field by field.
      times: expect.objectContaining({ '["items","vneid-muc-2","date"]': expect.any(Number) }),
    });
    expect(JSON.parse(storage[`${STORAGE_PREFIX}self-assessment:profile`]!).data.name).toBe('Nguyễn Văn Mẫu');
  });

  it('restore a file into every store, simulator passes included', () => {
    applyRestored({
      profile: {
        ...initialProfile,
        personId: '00000000-0000-4000-8000-00000000abcd',
        name: 'Trần Thị Mẫu',
        noticeAcceptedAt: '2026-11-01T08:00:00+07:00',
      },
      checklist: { ...initialChecklist, note: 'Ghi chú' },
      quiz: {
        attempt: null,
        best: { bestScore: 9, maxScore: 10, passPercent: 80, passed: true, completedAt: '2026-11-01T08:00:00+07:00' },
        updatedAt: null,
      },
      simulatorTests: [
        { id: 'lien-ket-vneid', bestScore: 8, maxScore: 10, passed: true, completedAt: '2026-11-01T08:00:00+07:00' },
      ],
    });
    expect(profileStore.get().name).toBe('Trần Thị Mẫu');
    expect(checklistStore.get().note).toBe('Ghi chú');
    expect(quizStore.get().best?.bestScore).toBe(9);
    expect(simulatorResults.get()['lien-ket-vneid']?.test).toMatchObject({ bestScore: 8, passed: true });
  });

  it('"Xóa dữ liệu của tôi" empties the stores and leaves no saved key behind', () => {
    acceptNotice(now);
    updateProfile({ name: 'Nguyễn Văn Mẫu' }, now);
    clearEverything();
    expect(profileStore.get()).toEqual(initialProfile);
    expect(simulatorResults.get()).toEqual({});
    // clearSavedData() works on localStorage itself; here the engine is a plain object, so only the
    // stores' own state is checked. The browser test checks localStorage is empty.
    expect(profileStore.get().personId).toBeNull();
  });
});
