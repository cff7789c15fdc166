/**
 * Runs a deck page (/trinh-chieu/<id>/): one slide at a time, scaled to the screen, driven by a clicker or
 * the keyboard (../keys.ts), the slide in the address (#/12), full screen, black/white curtain, overview,
 * key list, and a presenter window kept in step through a BroadcastChannel. The simulator on a live slide
 * is an island of its own that loads when its slide is first shown; this script only presses its demo
 * buttons and keeps its target in view, so the deck's own code stays a few kilobytes.
 */
import { OPEN_AT_ATTRIBUTE } from '../../simulator/open-at';
import { hashOfSlide, initialKeyState, interpretKey, slideFromHash, targetSlide, type DeckCommand } from '../keys';

/** The presenter window's address carries `?nguoi-trinh-bay`. */
const PRESENTER_PARAM = 'nguoi-trinh-bay';
const CANVAS = { width: 1280, height: 720 };
/** A portal screen is drawn at most this much larger than its natural size. */
const MAX_SCREEN_SCALE = 1.5;
/** Widths a portal screen is laid out at before it is scaled into its box (canvas pixels). */
const SCREEN_WIDTHS = [720, 960] as const;
const NARROW_SCREEN_WIDTH = 520;
/** Below this, text on a portal screen is too small to read from the back of a room. */
const MIN_SCREEN_SCALE = 0.6;
/**
 * Widths (canvas px) tried for a step's wording, narrowest first: the wording keeps its size (≥ 28 px on a
 * 1024 px projector), so a long step takes room from its screen, which is scaled to what is left.
 */
const WORDS_WIDTHS = [520, 600, 680, 760] as const;
const SWIPE_PX = 60;
/** How long the toolbar stays after the mouse last moved. */
const TOOLBAR_MS = 2500;

type Message = { kind: 'slide'; slide: number } | { kind: 'live'; direction: 'next' | 'previous' } | { kind: 'hello' };

const deck = document.querySelector<HTMLElement>('[data-deck]');
if (deck) run(deck);

function run(deck: HTMLElement): void {
  const slides = [...deck.querySelectorAll<HTMLElement>('[data-slide]')];
  const total = slides.length;
  const viewport = deck.querySelector<HTMLElement>('.deck-viewport');
  const announcer = deck.querySelector<HTMLElement>('[data-deck-announcer]');
  const counter = deck.querySelector<HTMLElement>('[data-deck-counter]');
  const curtain = deck.querySelector<HTMLElement>('[data-deck-curtain]');
  const help = deck.querySelector<HTMLDialogElement>('[data-deck-help]');
  const overview = deck.querySelector<HTMLDialogElement>('[data-deck-overview]');
  const presenter = new URLSearchParams(location.search).has(PRESENTER_PARAM);
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(`trinh-chieu:${deck.dataset.deck}`) : null;
  let current = slideFromHash(location.hash, total);
  let keyState = initialKeyState;

  deck.classList.add('is-running');
  if (presenter) startPresenter();

  const slideAt = (slide: number) => slides[slide - 1];

  const fitStage = () => {
    if (!viewport) return;
    const scale = Math.min(viewport.clientWidth / CANVAS.width, viewport.clientHeight / CANVAS.height);
    document.documentElement.style.setProperty('--deck-scale', String(scale));
  };

  /**
   * Gives a step's wording the narrowest width at which it fits, then scales each still screen of a shown
   * slide to fill its box, as large as fits. A portal screen reflows
   * with its width (a table turns into cards when narrow), so a few widths are tried and the one drawn
   * largest is kept. A screen too tall to read whole (a long dialog) is drawn at its box's width instead,
   * scrolled to the outlined control.
   */
  const fitScreens = (root: HTMLElement) => {
    for (const slide of root.querySelectorAll<HTMLElement>('.step-slide')) {
      const words = slide.querySelector<HTMLElement>('.step-words');
      if (!words) continue;
      for (const width of WORDS_WIDTHS) {
        slide.style.setProperty('--words-width', `${width}px`);
        if (words.scrollHeight <= words.clientHeight) break;
      }
    }
    for (const box of root.querySelectorAll<HTMLElement>('[data-fit-box]')) {
      const content = box.querySelector<HTMLElement>('[data-fit-content]');
      if (!content || box.clientWidth === 0) continue;
      let best: { width: number; scale: number } = { width: SCREEN_WIDTHS[0], scale: 0 };
      for (const width of SCREEN_WIDTHS) {
        content.style.setProperty('--fit-width', `${width}px`);
        const scale = Math.min(
          MAX_SCREEN_SCALE,
          box.clientWidth / content.offsetWidth,
          box.clientHeight / Math.max(content.offsetHeight, 1),
        );
        if (scale > best.scale) best = { width, scale };
      }
      if (best.scale < MIN_SCREEN_SCALE) {
        // Narrow, the portal stacks its tables into cards, which read well at the box's width.
        content.style.setProperty('--fit-width', `${NARROW_SCREEN_WIDTH}px`);
        content.style.setProperty(
          '--fit-scale',
          String(Math.min(MAX_SCREEN_SCALE, box.clientWidth / content.offsetWidth)),
        );
        box.scrollTop = 0;
        centreTarget(box, { sideways: false });
      } else {
        content.style.setProperty('--fit-width', `${best.width}px`);
        content.style.setProperty('--fit-scale', String(best.scale));
      }
    }
  };

  // The deck's one simulator, moved to the live slide shown and opened at its step each time.
  const simulator = presenter ? null : deck.querySelector<HTMLElement>('[data-live-box] astro-island');
  const placeSimulator = (element: HTMLElement) => {
    const step = element.dataset.live;
    const box = element.querySelector('[data-live-box]');
    if (!simulator || !step || !box) return;
    if (simulator.parentElement !== box) box.append(simulator);
    simulator.setAttribute(OPEN_AT_ATTRIBUTE, step);
  };

  const show = (slide: number, from: 'here' | 'elsewhere' = 'here') => {
    current = slide;
    const element = slideAt(slide);
    if (element) placeSimulator(element);
    slides.forEach((element, index) => element.classList.toggle('is-current', index + 1 === slide));
    if (element) fitScreens(element);
    if (counter) counter.textContent = `${slide} / ${total}`;
    if (announcer) announcer.textContent = element?.getAttribute('aria-label') ?? '';
    if (location.hash !== hashOfSlide(slide)) history.replaceState(history.state, '', hashOfSlide(slide));
    for (const item of deck.querySelectorAll<HTMLElement>('[data-goto]')) {
      item.setAttribute('aria-current', String(Number(item.dataset.goto) === slide));
    }
    if (presenter) updatePresenter();
    if (from === 'here') post({ kind: 'slide', slide });
  };

  const post = (message: Message) => channel?.postMessage(message);

  /**
   * On a live slide, "next"/"previous" press the demo's own buttons; false when there is nothing left to
   * play on this slide (its step is done, or nothing to go back to), so the deck moves on instead.
   */
  const liveStep = (direction: 'next' | 'previous'): boolean => {
    const element = slideAt(current);
    const step = element?.dataset.live;
    if (!element || !step) return false;
    if (presenter) {
      // The simulator runs in the room's window only: ask it to play.
      post({ kind: 'live', direction });
      return true;
    }
    // Until the simulator has opened at this slide's step, a press would play the run it is replacing.
    const section = () => element.querySelector<HTMLElement>('[data-simulator]');
    const ready = () => !element.querySelector('.sim-loading') && section()?.dataset.madeFor === step;
    if (!ready()) {
      // Played once it is ready (a few frames), unless the presenter has moved on meanwhile.
      const shownSlide = current;
      let frames = 0;
      const retry = () => {
        if (current !== shownSlide) return;
        if (ready()) liveStep(direction);
        else if ((frames += 1) < 180) requestAnimationFrame(retry);
      };
      requestAnimationFrame(retry);
      return true;
    }
    // The island says which guide step its run is at; once past this slide's step, the slide is done.
    if (direction === 'next' && section()?.dataset.dueStep !== step) return false;
    // DemoControls draws ◀ previous, play/pause, next ▶, in that order.
    const buttons = element.querySelectorAll<HTMLButtonElement>('.sim-demo > button');
    const button = direction === 'next' ? buttons[buttons.length - 1] : buttons[0];
    if (!button || buttons.length < 2 || button.disabled) return false;
    button.click();
    return true;
  };

  const move = (slide: number | null) => {
    if (slide !== null && slide !== current) show(slide);
  };

  const perform = (command: DeckCommand) => {
    switch (command.kind) {
      case 'next':
      case 'previous':
        if (!liveStep(command.kind)) move(targetSlide(command, current, total));
        return;
      case 'fullscreen':
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen?.().catch(() => undefined);
        return;
      case 'black':
      case 'white':
        toggleCurtain(command.kind);
        return;
      case 'overview':
        overview?.showModal();
        overview?.querySelector<HTMLElement>(`[data-goto="${current}"]`)?.focus();
        return;
      case 'help':
        help?.showModal();
        return;
      case 'presenter':
        if (!presenter) openPresenter();
        return;
      default:
        move(targetSlide(command, current, total));
    }
  };

  const toggleCurtain = (colour: 'black' | 'white') => {
    if (!curtain) return;
    const showing = !curtain.hidden && curtain.classList.contains('is-white') === (colour === 'white');
    curtain.hidden = showing;
    curtain.classList.toggle('is-white', colour === 'white');
  };

  const openPresenter = () => {
    const url = new URL(location.href);
    url.searchParams.set(PRESENTER_PARAM, '');
    url.hash = hashOfSlide(current);
    window.open(url.href, 'trinh-chieu-nguoi-trinh-bay', 'popup,width=1280,height=800');
  };

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || help?.open || overview?.open) return;
    // Most browsers leave full screen on Esc themselves, before the page hears the key; where one does not.
    if (event.key === 'Escape' && document.fullscreenElement) {
      void document.exitFullscreen();
      return;
    }
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, select, textarea, [contenteditable="true"]')) return;
    // Space and Enter on a focused button or link press it, as everywhere else.
    if ((event.key === ' ' || event.key === 'Enter') && target?.closest('button, a')) return;
    const { state, command } = interpretKey(keyState, {
      key: event.key,
      withModifier: event.ctrlKey || event.altKey || event.metaKey,
    });
    keyState = state;
    if (!command) return;
    event.preventDefault();
    perform(command);
  });

  deck.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const commandButton = target.closest<HTMLElement>('[data-command]');
    const kind = commandButton?.dataset.command;
    if (kind === 'next' || kind === 'previous' || kind === 'fullscreen' || kind === 'presenter' || kind === 'help') {
      perform({ kind });
      return;
    }
    const goto = target.closest<HTMLElement>('[data-goto]');
    if (goto) {
      overview?.close();
      move(Number(goto.dataset.goto));
    }
  });

  let touchStart: { x: number; y: number } | null = null;
  deck.addEventListener(
    'touchstart',
    (event) => {
      const touch = event.touches[0];
      touchStart = touch && event.touches.length === 1 ? { x: touch.clientX, y: touch.clientY } : null;
    },
    { passive: true },
  );
  deck.addEventListener('touchend', (event) => {
    const touch = event.changedTouches[0];
    if (!touchStart || !touch) return;
    const dx = touch.clientX - touchStart.x;
    const dy = touch.clientY - touchStart.y;
    touchStart = null;
    if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > 2 * Math.abs(dy)) perform({ kind: dx < 0 ? 'next' : 'previous' });
  });

  const toolbar = deck.querySelector<HTMLElement>('.deck-toolbar');
  let toolbarTimer: ReturnType<typeof setTimeout> | undefined;
  const showToolbar = () => {
    toolbar?.classList.add('is-shown');
    clearTimeout(toolbarTimer);
    toolbarTimer = setTimeout(() => toolbar?.classList.remove('is-shown'), TOOLBAR_MS);
  };
  document.addEventListener('mousemove', showToolbar, { passive: true });
  document.addEventListener('touchstart', showToolbar, { passive: true });

  window.addEventListener('hashchange', () => move(slideFromHash(location.hash, total)));
  window.addEventListener('resize', () => {
    fitStage();
    const element = slideAt(current);
    if (element) fitScreens(element);
  });
  window.addEventListener('beforeprint', () => slides.forEach((element) => fitScreens(element)));

  if (channel) {
    channel.addEventListener('message', (event: MessageEvent<Message>) => {
      const message = event.data;
      if (message.kind === 'slide') {
        if (message.slide !== current) show(message.slide, 'elsewhere');
      } else if (message.kind === 'hello') {
        post({ kind: 'slide', slide: current });
      } else if (!presenter && !liveStep(message.direction)) {
        move(targetSlide({ kind: message.direction }, current, total));
      }
    });
  }

  for (const box of deck.querySelectorAll<HTMLElement>('[data-live-box]')) keepTargetInView(box);
  drawQrCodes(deck);

  fitStage();
  show(current, presenter ? 'elsewhere' : 'here');
  if (presenter) post({ kind: 'hello' });
  void document.fonts.ready.then(() => {
    fitStage();
    const element = slideAt(current);
    if (element) fitScreens(element);
  });
  afterFirstPaint(() => preloadSimulators(deck));

  function startPresenter(): void {
    deck?.classList.add('is-presenter');
    deck?.querySelector<HTMLElement>('[data-presenter-panel]')?.removeAttribute('hidden');
    // The simulator runs in the room's window only, where the room sees it; this window drives it.
    for (const box of deck?.querySelectorAll('[data-live-box]') ?? []) {
      const note = document.createElement('p');
      note.textContent = 'Mô phỏng chạy trên màn hình chiếu: phím tiếp theo chạy thao tác tiếp theo ở đó.';
      box.replaceChildren(note);
    }
    const clock = deck?.querySelector<HTMLElement>('[data-presenter-clock]');
    const elapsed = deck?.querySelector<HTMLElement>('[data-presenter-elapsed]');
    let startedAt = Date.now();
    const two = (value: number) => String(value).padStart(2, '0');
    const tick = () => {
      const now = new Date();
      if (clock) clock.textContent = `${two(now.getHours())}:${two(now.getMinutes())}`;
      const seconds = Math.floor((Date.now() - startedAt) / 1000);
      if (elapsed) elapsed.textContent = `${two(Math.floor(seconds / 60))}:${two(seconds % 60)}`;
    };
    deck?.querySelector('[data-presenter-reset]')?.addEventListener('click', () => {
      startedAt = Date.now();
      tick();
    });
    tick();
    setInterval(tick, 1000);
  }

  function updatePresenter(): void {
    for (const notes of deck?.querySelectorAll<HTMLElement>('[data-notes-for]') ?? []) {
      notes.hidden = Number(notes.dataset.notesFor) !== current;
    }
    const frame = deck?.querySelector<HTMLElement>('[data-presenter-next]');
    const name = deck?.querySelector<HTMLElement>('[data-presenter-next-name]');
    const next = slideAt(current + 1);
    if (name) name.textContent = next ? (next.dataset.slideName ?? '') : 'Đây là trang chiếu cuối.';
    if (!frame) return;
    frame.replaceChildren();
    if (!next) return;
    const copy = next.cloneNode(true) as HTMLElement;
    for (const element of [copy, ...copy.querySelectorAll<HTMLElement>('[id], [data-slide]')]) {
      element.removeAttribute('id');
      element.removeAttribute('data-slide');
    }
    copy.querySelector('astro-island')?.remove();
    copy.inert = true;
    frame.append(copy);
    frame.style.setProperty(
      '--preview-scale',
      String(Math.min(frame.clientWidth / CANVAS.width, frame.clientHeight / CANVAS.height)),
    );
    fitScreens(copy);
  }
}

/**
 * Scrolls a box so that the outlined control inside it sits in its middle; `sideways: false` where the screen
 * is scaled to the box's width, since scrolling sideways would only cut its edge.
 */
function centreTarget(box: HTMLElement, { sideways = true } = {}): void {
  const target = box.querySelector<HTMLElement>('.sim-target, .sim-target-wrap');
  if (!target || box.clientHeight === 0) return;
  const boxRect = box.getBoundingClientRect();
  const rect = target.getBoundingClientRect();
  // Rectangles are in screen pixels, scroll offsets in the canvas's: the stage is scaled.
  const scale = boxRect.height / box.offsetHeight || 1;
  // One call for both axes: with smooth scrolling, a second assignment would cancel the first's animation.
  box.scrollTo({
    top: box.scrollTop + (rect.top - boxRect.top) / scale - (box.clientHeight - rect.height / scale) / 2,
    left: sideways
      ? box.scrollLeft + (rect.left - boxRect.left) / scale - (box.clientWidth - rect.width / scale) / 2
      : 0,
  });
}

/** Keeps the live simulator's outlined target in the middle of its screen as the demo moves on. */
function keepTargetInView(box: HTMLElement): void {
  let queued = false;
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      // deck.css makes the portal screen the part that scrolls, the instruction and controls stay put.
      centreTarget(box.querySelector<HTMLElement>('.sim-screen') ?? box);
    });
  }).observe(box, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
}

/** QR codes not drawn at build time: the address the deck is served at, so phones open this very site. */
function drawQrCodes(deck: HTMLElement): void {
  const pending = [...deck.querySelectorAll<HTMLElement>('[data-qr-path]:not([data-qr-built])')];
  if (pending.length === 0) return;
  void import('../qr').then(({ qrSvg }) => {
    for (const figure of pending) {
      const address = location.origin + (figure.dataset.qrPath ?? '/');
      const code = figure.querySelector('.qr-code');
      const label = figure.querySelector('.qr-address');
      if (code) code.innerHTML = qrSvg(address);
      if (label) label.textContent = address;
    }
  });
}

/**
 * Chunk file names in a built module: its static and dynamic imports and Vite's preload lists all name
 * sibling chunks as `name.<8-character hash>.js`.
 */
const CHUNK_NAME = /["'`](?:\.\/|_astro\/)?([\w-]+(?:\.[\w-]+)*\.[\w-]{8}\.js)["'`]/g;

/**
 * Fetches (without running) all the simulator code the live slides will need, once the deck is on screen,
 * so that a meeting room's Wi-Fi dropping later does not leave a live slide empty. A modulepreload keeps a
 * module ready in the page, but not what it imports: each module's own text, read back from the cache the
 * preload just filled, says which chunks to preload next, dynamic imports (the scenario's code) included.
 */
function preloadSimulators(deck: HTMLElement): void {
  const preloaded = new Set<string>();
  const preload = (url: string) => {
    if (preloaded.has(url)) return;
    preloaded.add(url);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = url;
    link.addEventListener(
      'load',
      () =>
        void fetch(url, { cache: 'force-cache' })
          .then((response) => response.text())
          .then((code) => {
            for (const [, name] of code.matchAll(CHUNK_NAME)) if (name) preload(new URL(name, url).href);
          })
          .catch(() => undefined),
      { once: true },
    );
    document.head.append(link);
  };
  for (const island of deck.querySelectorAll('astro-island')) {
    for (const attribute of ['component-url', 'renderer-url']) {
      const url = island.getAttribute(attribute);
      if (url) preload(new URL(url, location.href).href);
    }
  }
}

function afterFirstPaint(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback, 0));
}
