import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { expect, test, type Page } from './support/test';
import { axeViolations } from './support/axe';
import { decodeShownQr, deckQrPaths, deckSlugs, slideCount } from './support/decks';
import { chooseMode, fullPath, playWithMouse, SIM_PATH } from './support/simulator-driver';

// The trainer's decks (/trinh-chieu/<id>/), driven as in a training room: a laptop on a projector, a clicker
// sending PageDown/PageUp, a second window for the presenter.

const projectors = [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

const currentSlide = (page: Page) => page.locator('.slide.is-current');

/** What does not fit on the slide on screen, as a list of readable problems (empty: it fits). */
async function misfits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const slide = document.querySelector<HTMLElement>('.slide.is-current');
    if (!slide) return ['no slide on screen'];
    const root = document.documentElement;
    if (root.scrollHeight > root.clientHeight || root.scrollWidth > root.clientWidth) problems.push('the page scrolls');
    if (slide.scrollHeight > slide.clientHeight || slide.scrollWidth > slide.clientWidth)
      problems.push('the slide overflows');
    const bounds = slide.getBoundingClientRect();
    const view = { width: root.clientWidth, height: root.clientHeight };
    if (bounds.left < -1 || bounds.top < -1 || bounds.right > view.width + 1 || bounds.bottom > view.height + 1) {
      problems.push('the slide is not inside the window');
    }
    // Text of the slide itself; the portal screens are pictures scaled (or scrolled) inside their own box.
    for (const text of slide.querySelectorAll<HTMLElement>('h1, h2, p, li, figcaption')) {
      if (text.closest('[data-fit-box], [data-live-box]')) continue;
      const rect = text.getBoundingClientRect();
      if (rect.bottom > bounds.bottom + 1 || rect.right > bounds.right + 1 || text.scrollWidth > text.clientWidth + 1) {
        problems.push(`clipped: ${text.textContent?.trim().slice(0, 40)}`);
      }
    }
    // A live slide's outlined control is inside the part of the portal screen in sight.
    for (const target of slide.querySelectorAll<HTMLElement>('[data-live-box] :is(.sim-target, .sim-target-wrap)')) {
      const rect = target.getBoundingClientRect();
      const shown = target.closest('.sim-screen')?.getBoundingClientRect() ?? bounds;
      if (
        rect.top < shown.top - 1 ||
        rect.bottom > shown.bottom + 1 ||
        rect.left < shown.left - 1 ||
        rect.right > shown.right + 1
      )
        problems.push('the outlined control is out of sight');
    }
    for (const wording of slide.querySelectorAll<HTMLElement>('.step-text')) {
      const rendered =
        parseFloat(getComputedStyle(wording).fontSize) * (wording.getBoundingClientRect().width / wording.offsetWidth);
      if (rendered < 28) problems.push(`step wording at ${rendered.toFixed(1)} px`);
    }
    return problems;
  });
}

for (const viewport of projectors) {
  test(`every slide of every deck fits a ${viewport.width}×${viewport.height} screen, step wording ≥ 28 px`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    for (const slug of deckSlugs) {
      await page.goto(`trinh-chieu/${slug}/`);
      await page.evaluate(() => document.fonts.ready);
      const total = await slideCount(page);
      for (let slide = 1; slide <= total; slide += 1) {
        await expect(page).toHaveURL(new RegExp(`#/${slide}$`));
        const live = (await currentSlide(page).getAttribute('data-live')) !== null;
        // A live slide is checked with its simulator running, its outlined control on the slide.
        if (live) await expect(currentSlide(page).locator('.sim-target, .sim-target-wrap').first()).toBeVisible();
        // Polled: a live slide's screen scrolls smoothly to its outlined control.
        await expect.poll(() => misfits(page), { message: `${slug} slide ${slide}` }).toEqual([]);
        // There "next" would play the demo: the slide's number and Enter move on instead.
        if (live && slide < total) {
          await page.keyboard.type(String(slide + 1));
          await page.keyboard.press('Enter');
        } else await page.keyboard.press('PageDown');
      }
    }
  });
}

test('a clicker and the keyboard move through a deck, and the address keeps the slide', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('trinh-chieu/phu-luc-1/');
  const total = await slideCount(page);
  await expect(currentSlide(page)).toHaveAttribute('aria-label', new RegExp(`^1 / ${total}: Trang mở đầu`));
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowRight');
  await expect(currentSlide(page)).toHaveAttribute(
    'aria-label',
    `3 / ${total}: Bước 1: Đăng nhập bằng tài khoản Cổng Dịch vụ công quốc gia`,
  );
  await expect(page.getByRole('heading', { name: /Bước 1:/ })).toBeVisible();
  await expect(page.locator('[data-deck-announcer]')).toHaveText(/^3 \//);
  await expect(page).toHaveURL(/#\/3$/);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/#\/1$/);
  await page.keyboard.press('End');
  await expect(page).toHaveURL(new RegExp(`#/${total}$`));
  await page.keyboard.press('Home');
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/7$/);
  await expect(currentSlide(page)).toHaveAttribute('aria-label', /^7 \/ \d+: Bước 3:/);
  await page.reload();
  await expect(currentSlide(page)).toHaveAttribute('aria-label', /^7 \/ \d+: Bước 3:/);
  await page.goto('trinh-chieu/phu-luc-1/#/5');
  await expect(currentSlide(page)).toHaveAttribute('aria-label', /^5 \/ \d+: Bước 2:/);
  await expect(page.locator('.slide:visible')).toHaveCount(1);
});

test('F puts the deck full screen and Esc or F again leaves; it is never full screen by itself', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('trinh-chieu/phu-luc-1/');
  const fullScreen = () => page.evaluate(() => document.fullscreenElement?.localName ?? null);
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/#\/2$/);
  expect(await fullScreen()).toBeNull();
  await page.keyboard.press('f');
  await expect.poll(fullScreen).toBe('html');
  // Full screen, the deck still fills the screen and moves on with the clicker.
  await page.keyboard.press('PageDown');
  await expect(currentSlide(page)).toHaveAttribute('aria-label', /^3 \//);
  expect(await misfits(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect.poll(fullScreen).toBeNull();
  await page.keyboard.press('f');
  await expect.poll(fullScreen).toBe('html');
  await page.keyboard.press('f');
  await expect.poll(fullScreen).toBeNull();
  await page.getByRole('button', { name: 'Toàn màn hình' }).click();
  await expect.poll(fullScreen).toBe('html');
});

test.describe('on a tablet', () => {
  test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true });

  test('a swipe moves between slides, and a vertical drag does not', async ({ page, context }) => {
    await page.goto('trinh-chieu/phu-luc-1/');
    await expect(currentSlide(page)).toHaveAttribute('aria-label', /^1 \//);
    const cdp = await context.newCDPSession(page);
    // Real touch events, as a finger sends them: down, a few moves, up.
    const drag = async (from: { x: number; y: number }, to: { x: number; y: number }) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
      for (let step = 1; step <= 5; step += 1) {
        const point = { x: from.x + ((to.x - from.x) * step) / 5, y: from.y + ((to.y - from.y) * step) / 5 };
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await drag({ x: 800, y: 400 }, { x: 300, y: 420 });
    await expect(currentSlide(page)).toHaveAttribute('aria-label', /^2 \//);
    await drag({ x: 800, y: 400 }, { x: 300, y: 380 });
    await expect(currentSlide(page)).toHaveAttribute('aria-label', /^3 \//);
    await drag({ x: 300, y: 400 }, { x: 800, y: 400 });
    await expect(currentSlide(page)).toHaveAttribute('aria-label', /^2 \//);
    await drag({ x: 500, y: 150 }, { x: 520, y: 650 });
    await drag({ x: 500, y: 650 }, { x: 480, y: 150 });
    await expect(currentSlide(page)).toHaveAttribute('aria-label', /^2 \//);
    await expect(page).toHaveURL(/#\/2$/);
  });
});

test('the key list, the overview and the curtains open from the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('trinh-chieu/cong-van/');
  await page.keyboard.press('Shift+?');
  const help = page.getByRole('dialog', { name: 'Phím điều khiển trình chiếu' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('PageDown');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await page.getByRole('button', { name: 'Phím tắt' }).focus();
  await page.keyboard.press('Enter');
  await expect(help).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('o');
  const overview = page.getByRole('dialog', { name: 'Tất cả trang chiếu' });
  await expect(overview).toBeVisible();
  await overview.getByRole('button', { name: /Yêu cầu 3/ }).click();
  await expect(overview).toBeHidden();
  await expect(currentSlide(page)).toHaveAttribute('aria-label', /Yêu cầu 3:/);
  await page.keyboard.press('b');
  await expect(page.locator('[data-deck-curtain]')).toBeVisible();
  await expect(page.locator('[data-deck-curtain]')).toHaveCSS('background-color', 'rgb(0, 0, 0)');
  await page.keyboard.press('b');
  await expect(page.locator('[data-deck-curtain]')).toBeHidden();
  await page.keyboard.press('w');
  await expect(page.locator('[data-deck-curtain]')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
});

test('the presenter window follows the room’s window, and the room follows the presenter', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('trinh-chieu/phu-luc-1/#/2');
  const [presenter] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('p')]);
  await expect(presenter.getByRole('complementary', { name: 'Màn hình người trình bày' })).toBeVisible();
  await expect(presenter.locator('.slide.is-current')).toHaveAttribute('aria-label', /^2 \//);
  await expect(presenter.locator('[data-presenter-clock]')).toHaveText(/^\d\d:\d\d$/);
  await expect(presenter.locator('[data-presenter-next-name]')).toHaveText(
    'Bước 1: Đăng nhập bằng tài khoản Cổng Dịch vụ công quốc gia',
  );

  const guide = load(readFileSync('content/guides/phu-luc-1.yaml', 'utf8')) as {
    steps: { id: string; notes: string }[];
  };
  const notesOf = (id: string) => guide.steps.find((step) => step.id === id)?.notes.replaceAll('**', '') ?? '';

  await page.keyboard.press('PageDown');
  await expect(presenter.locator('.slide.is-current')).toHaveAttribute('aria-label', /^3 \//);
  await expect(presenter.locator('[data-notes-for]:visible')).toContainText(notesOf('p1-b1'));

  await presenter.keyboard.press('PageDown');
  await expect(page.locator('.slide.is-current')).toHaveAttribute('aria-label', /^4 \/ \d+: Làm trực tiếp: Bước 1$/);
  await expect(page).toHaveURL(/#\/4$/);
  await expect(presenter.locator('[data-notes-for]:visible')).toContainText('Làm trực tiếp');
  // On a live slide the presenter's "next" plays the demo in the room's window, which stays on the slide.
  const progress = page.locator('.slide.is-current').getByText(/Đã làm \d+\/\d+ thao tác/);
  await expect(progress).toContainText('Đã làm 0/');
  await presenter.keyboard.press('PageDown');
  await expect(progress).toContainText('Đã làm 1/');
  await expect(presenter.locator('.slide.is-current')).toHaveAttribute('aria-label', /^4 \//);
  // Notes are for the presenter only.
  await expect(page.locator('[data-notes-for]:visible')).toHaveCount(0);
});

test('each step has a live slide: "next" plays that step on the simulator, its target on screen, then moves on', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('trinh-chieu/phu-luc-1/');
  await page.waitForLoadState('networkidle');
  // Not yet on a live slide: the deck's one simulator is still its server-rendered placeholder.
  await expect(page.locator('astro-island[ssr]')).toHaveCount(1);
  await expect(page.locator('.sim-loading')).toHaveCount(1);

  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  const live = currentSlide(page);
  await expect(live).toHaveAttribute('aria-label', /^4 \/ \d+: Làm trực tiếp: Bước 1$/);
  await expect(live.getByRole('heading', { name: /Làm trực tiếp – Bước 1:/ })).toBeVisible();
  await expect(live.getByRole('button', { name: 'Xem minh họa' })).toHaveAttribute('aria-pressed', 'true');
  const progress = live.getByText(/Đã làm \d+\/\d+ thao tác/);
  await expect(progress).toContainText('Đã làm 0/');
  const target = live.locator('.sim-target, .sim-target-wrap').first();
  await expect(target).toBeInViewport({ ratio: 0.99 });
  // Bước 1 is a few clicks; "next" plays them one by one, then leaves for Bước 2's slide.
  let played = 0;
  for (let press = 0; press < 10; press += 1) {
    await page.keyboard.press('PageDown');
    if ((await currentSlide(page).getAttribute('data-slide')) !== '4') break;
    played += 1;
    await expect(progress).toContainText(`Đã làm ${played}/`);
    await expect(target).toBeInViewport({ ratio: 0.99 });
  }
  expect(played).toBeGreaterThan(1);
  await expect(currentSlide(page)).toHaveAttribute('aria-label', /^5 \/ \d+: Bước 2:/);

  // Bước 2's live slide opens where Bước 2 starts, with Bước 1 done; "previous" with nothing played goes back.
  await page.keyboard.press('PageDown');
  await expect(currentSlide(page)).toHaveAttribute('aria-label', /^6 \/ \d+: Làm trực tiếp: Bước 2$/);
  const progressHere = currentSlide(page).getByText(/Đã làm \d+\/\d+ thao tác/);
  await expect(progressHere).toContainText(`Đã làm ${played}/`);
  await page.keyboard.press('PageDown');
  await expect(progressHere).toContainText(`Đã làm ${played + 1}/`);
  await expect(currentSlide(page).locator('.sim-target, .sim-target-wrap').first()).toBeInViewport({ ratio: 0.99 });
  await page.keyboard.press('PageUp');
  await expect(progressHere).toContainText(`Đã làm ${played}/`);
  await page.keyboard.press('PageUp');
  await expect(currentSlide(page)).toHaveAttribute('aria-label', /^5 \/ \d+: Bước 2:/);
  // Back on Bước 1's live slide, it starts that step over.
  await page.keyboard.press('PageUp');
  await expect(currentSlide(page)).toHaveAttribute('aria-label', /^4 \//);
  await expect(currentSlide(page).getByText(/Đã làm \d+\/\d+ thao tác/)).toContainText('Đã làm 0/');
});

test('once a deck has loaded, all its slides, live ones included, work with the network cut', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  for (const slug of ['phu-luc-1', 'phu-luc-2'] as const) {
    await context.setOffline(false);
    await context.unroute('**/*');
    await page.goto(`trinh-chieu/${slug}/`);
    // Idle: the deck has fetched the simulator's code after its first paint, without running it.
    await page.waitForLoadState('networkidle');
    await expect(page.locator('astro-island[ssr]')).toHaveCount(1);
    const requested: string[] = [];
    await context.route('**/*', (route) => {
      requested.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    await context.setOffline(true);
    const total = await slideCount(page);
    let live = 0;
    for (let slide = 1; slide <= total; slide += 1) {
      await expect(currentSlide(page)).toHaveAttribute('aria-label', new RegExp(`^${slide} /`));
      if ((await currentSlide(page).getAttribute('data-live')) === null) {
        await page.keyboard.press('PageDown');
        continue;
      }
      live += 1;
      const progress = currentSlide(page).getByText(/Đã làm \d+\/\d+ thao tác/);
      await expect(progress).toBeVisible();
      await expect(currentSlide(page).locator('.sim-target, .sim-target-wrap').first()).toBeInViewport();
      const before = Number((await progress.textContent())?.match(/Đã làm (\d+)\//)?.[1]);
      await page.keyboard.press('PageDown');
      await expect(progress).toContainText(`Đã làm ${before + 1}/`);
      await page.keyboard.type(String(slide + 1));
      await page.keyboard.press('Enter');
    }
    expect(live, slug).toBeGreaterThan(2);
    expect(requested, slug).toEqual([]);
  }
});

test('the live slides leave a learner’s saved run and results on this browser as they were', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(SIM_PATH);
  await chooseMode(page, 'Hướng dẫn');
  await playWithMouse(page, fullPath.slice(0, 3));
  await expect(page.getByText('Đã làm 3/33 thao tác')).toBeVisible();
  // The site's own keys (Starlight keeps its sidebar's state beside them).
  const stored = () =>
    page.evaluate(() =>
      JSON.stringify(
        [localStorage, sessionStorage].map((storage) =>
          Object.entries(storage)
            .filter(([key]) => key.startsWith('dvc-phu-cat:'))
            .sort(),
        ),
      ),
    );
  const before = await stored();

  await page.goto('trinh-chieu/phu-luc-1/#/4');
  const live = currentSlide(page);
  await expect(live.getByRole('button', { name: 'Xem minh họa' })).toHaveAttribute('aria-pressed', 'true');
  await expect(live.getByText(/Đã làm \d+\/\d+ thao tác/)).toContainText('Đã làm 0/');
  // Bước 1 played to its end on the live slide, and Bước 2's live slide started.
  for (let press = 0; press < 20 && page.url().endsWith('#/4'); press += 1) await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/#\/6$/);
  await expect(live.getByText(/Đã làm \d+\/\d+ thao tác/)).not.toContainText('Đã làm 0/');
  expect(await stored()).toBe(before);

  await page.goto(SIM_PATH);
  await expect(page.getByRole('button', { name: 'Hướng dẫn' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Đã làm 3/33 thao tác')).toBeVisible();
});

test('the QR code of each deck opens its practice page at the address the deck is served from', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  for (const slug of deckSlugs) {
    await page.goto(`trinh-chieu/${slug}/`);
    await expect(page.locator('.slide.is-current .qr-code svg')).toBeVisible();
    const expected = new URL(deckQrPaths[slug], baseURL).href;
    expect(await decodeShownQr(page), slug).toBe(expected);
    await expect(page.locator('.slide.is-current .qr-address')).toHaveText(expected);
  }
});

test('the print view is a handout: several slides to an A4 page, the QR code on it, no live slide', async ({
  page,
}) => {
  await page.goto('trinh-chieu/phu-luc-1/');
  await expect(page.locator('.slide.is-current .qr-code svg')).toBeVisible();
  const printed = (await slideCount(page)) - (await page.locator('.slide[data-live]').count());
  expect(printed).toBeGreaterThan(2);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.slide:visible')).toHaveCount(printed);
  await expect(page.locator('.slide[data-live]:visible')).toHaveCount(0);
  await expect(page.locator('.qr-code svg')).toBeVisible();
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  expect(pages).toBeGreaterThan(1);
  expect(pages).toBeLessThanOrEqual(Math.ceil(printed / 2));
});

test('the deck list links every deck, and decks stay out of the search index', async ({ page }) => {
  await page.goto('trinh-chieu/');
  for (const slug of deckSlugs) {
    await expect(page.locator(`a[href$="trinh-chieu/${slug}/"]`)).toBeVisible();
  }
  await page.goto('trinh-chieu/phu-luc-1/');
  await expect(page.locator('body')).toHaveAttribute('data-pagefind-ignore', 'all');
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on any slide of any deck, toolbar shown, ${colorScheme} theme`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1366, height: 768 });
    for (const slug of deckSlugs) {
      await page.goto(`trinh-chieu/${slug}/`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      const total = await slideCount(page);
      for (let slide = 1; slide <= total; slide += 1) {
        if (slide === total) {
          // The toolbar shows when the mouse moves; the live slide is checked with its simulator loaded.
          await page.mouse.move(600, 400);
          await page.mouse.move(700, 500);
          await expect(page.locator('.deck-toolbar')).toHaveCSS('opacity', '1');
        }
        await expect(page).toHaveURL(new RegExp(`#/${slide}$`));
        const live = (await currentSlide(page).getAttribute('data-live')) !== null;
        if (live) await expect(currentSlide(page).locator('.sim-demo')).toBeVisible();
        expect(await axeViolations(page, `/trinh-chieu/${slug}/#/${slide}`)).toEqual([]);
        // On a live slide "next" plays the demo: the slide's number and Enter move on instead.
        if (live && slide < total) {
          await page.keyboard.type(String(slide + 1));
          await page.keyboard.press('Enter');
        } else await page.keyboard.press('PageDown');
      }
    }
  });
}
