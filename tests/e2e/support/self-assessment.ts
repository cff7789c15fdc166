import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { expect, type Download, type Page } from '@playwright/test';

/** The day the self-assessment tests live in: dates in files and messages are checked against it. */
export const TODAY = new Date('2026-11-29T09:00:00+07:00');

/** Made-up person: the name says it is a sample. */
export const PERSON = { name: 'Nguyễn Văn Mẫu', unitId: 'khoa-noi', unitName: 'Khoa Nội tổng hợp' };

interface QuizQuestion {
  id: string;
  question: string;
  options: Array<{ id: string; text: string; correct?: boolean }>;
}

/** The shipped quiz, read from content/ like the site reads it, to answer by visible text. */
export const quiz = load(readFileSync(new URL('../../../content/assessment/quiz.yaml', import.meta.url), 'utf8')) as {
  passPercent: number;
  questionsPerAttempt: number;
  questions: QuizQuestion[];
};

/** Opens the page with the clock pinned and waits for the island to draw itself. */
export async function openAssessment(page: Page, now: Date = TODAY) {
  await page.clock.setFixedTime(now);
  await page.goto('tu-danh-gia/');
  await expect(page.locator('.sa-app')).toBeVisible();
}

export async function start(page: Page) {
  await page.getByRole('button', { name: 'Tôi đã hiểu, bắt đầu tự đánh giá' }).click();
  await expect(page.getByRole('heading', { name: 'Bạn đang ở đâu' })).toBeVisible();
}

export async function fillProfile(page: Page, name = PERSON.name, unitName = PERSON.unitName) {
  await page.getByRole('textbox', { name: /^Họ và tên/ }).fill(name);
  await page.getByRole('combobox', { name: /Khoa, phòng hoặc trạm/ }).selectOption({ label: unitName });
}

/** A checklist item's group, found by words of its title. */
export const item = (page: Page, title: RegExp) => page.getByRole('group', { name: title });

export const ITEMS = {
  vneid: /kích hoạt tài khoản định danh điện tử VNeID mức độ 2/,
  link: /liên kết tài khoản Cổng Dịch vụ công quốc gia/,
  submit: /nộp ít nhất một hồ sơ/,
  pay: /nộp phí, lệ phí/,
  reuse: /Lấy từ kho/,
};

/** Answers every checklist item, the way the round-trip test expects to find them again. */
export async function fillChecklist(page: Page) {
  await item(page, ITEMS.vneid).getByRole('radio', { name: 'Đã làm' }).check();
  await item(page, ITEMS.vneid)
    .getByRole('textbox', { name: /Ngày làm/ })
    .fill('05/03/2024');
  await item(page, ITEMS.link).getByRole('radio', { name: 'Chưa làm' }).check();
  await item(page, ITEMS.submit).getByRole('radio', { name: 'Đã làm' }).check();
  await item(page, ITEMS.submit)
    .getByRole('textbox', { name: /Số hồ sơ bạn đã nộp/ })
    .fill('3');
  await item(page, ITEMS.pay).getByRole('radio', { name: 'Không áp dụng' }).check();
  await item(page, ITEMS.pay)
    .getByRole('textbox', { name: 'Lý do không áp dụng (bắt buộc)' })
    .fill('Thủ tục của tôi không có phí');
  await item(page, ITEMS.reuse).getByRole('radio', { name: 'Đã làm' }).check();
  await item(page, ITEMS.reuse)
    .getByRole('textbox', { name: /có dùng lại giấy tờ/ })
    .fill('2');
}

/**
 * Takes the quiz, answering the first `right` questions correctly and the rest wrongly, and checks
 * that each answer is explained. Ends on the result.
 */
export async function takeQuiz(page: Page, right: number) {
  const section = page.getByRole('region', { name: 'Bài kiểm tra kiến thức' });
  const startButton = section.getByRole('button', { name: /Bắt đầu làm bài|Làm lại bài kiểm tra/ });
  await startButton.click();
  for (let index = 0; index < quiz.questionsPerAttempt; index++) {
    await expect(section.getByText(`Câu ${index + 1}/${quiz.questionsPerAttempt}`)).toBeVisible();
    const text = (await section.getByRole('heading', { level: 3 }).innerText()).trim();
    const question = quiz.questions.find((candidate) => candidate.question === text);
    expect(question, text).toBeDefined();
    const wanted =
      index < right ? question!.options.filter((o) => o.correct) : [question!.options.find((o) => !o.correct)!];
    for (const option of wanted) await section.getByLabel(option.text, { exact: true }).check();
    await section.getByRole('button', { name: 'Trả lời' }).click();
    await expect(section.getByRole('status')).toContainText(index < right ? 'Đúng.' : 'Chưa đúng.');
    const last = index === quiz.questionsPerAttempt - 1;
    await section.getByRole('button', { name: last ? 'Xem kết quả' : 'Câu tiếp theo' }).click();
  }
  await expect(
    section.getByRole('heading', { name: new RegExp(`Bạn trả lời đúng ${right}/${quiz.questionsPerAttempt} câu`) }),
  ).toBeVisible();
}

/** Clicks the export button and returns the download and the file's text. */
export async function exportFile(page: Page): Promise<{ download: Download; text: string }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất tệp kết quả' }).click();
  const download = await downloading;
  const path = await download.path();
  return { download, text: readFileSync(path, 'utf8') };
}

/** Picks a file through "Nhập lại tệp kết quả", as a person would. */
export async function importFile(page: Page, file: { name: string; mimeType?: string; buffer: Buffer }) {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Nhập lại tệp kết quả' }).click();
  const chooser = await choosing;
  await chooser.setFiles({ mimeType: 'application/json', ...file });
}

/** Everything this site saved in localStorage, for "nothing changed" checks. */
export async function savedState(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(Object.entries(localStorage).filter(([key]) => key.startsWith('dvc-phu-cat:'))),
  );
}
