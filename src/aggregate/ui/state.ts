/**
 * The page's state, shared by the islands of /tong-hop/ (the working area and the print view) through
 * nanostores: the loaded set is the only source; people and the report are derived from it (in slices,
 * see $derived), never copied. Saving to IndexedDB happens after every change to the set. What the page
 * does with them is in ./actions.ts.
 */
import { atom, computed } from 'nanostores';
import { foldPeopleSteps, type Folded } from '../ingest';
import { EMPTY_SET, loadSet, saveSet, storageWorks, type SavedSet } from '../persist';
import { buildReportSteps, type Report } from '../report';
import { runStepsSliced } from '../steps';
import type { AggregateConfig } from '../types';

export const $config = atom<AggregateConfig | null>(null);
export const $set = atom<SavedSet>(EMPTY_SET);
/** 'unknown' until checked; 'blocked' when this browser will not keep the set across reloads. */
export const $storage = atom<'unknown' | 'ok' | 'blocked'>('unknown');
/** Set while files are being read and checked. */
export const $progress = atom<{ done: number; total: number } | null>(null);
/** The last sentence for the live status line. */
export const $status = atom('');
/** True once the saved set (if any) has been read back after a reload. */
export const $restored = atom(false);
/** What went wrong reading the last roster (its unreadable rows, one a line), or null. */
export const $rosterMessage = atom<string | null>(null);

const EMPTY_FOLDED: Folded = { people: [], duplicatesFolded: 0, review: [], otherYear: [] };

/**
 * People and the report, derived from the set in slices of a few ms (../steps.ts): folding and counting
 * 20,000 files at once would stop the page for a second. Until a derivation ends, the last one stays
 * shown; a newer change of the set or the settings abandons an older derivation.
 */
const $derived = atom<{ folded: Folded; report: Report | null }>({ folded: EMPTY_FOLDED, report: null });
export const $folded = computed($derived, (derived) => derived.folded);
export const $report = computed($derived, (derived) => derived.report);

let generation = 0;
let derivation: Promise<void> = Promise.resolve();

function derive(set: SavedSet, config: AggregateConfig | null): Promise<void> {
  const mine = ++generation;
  derivation = (async () => {
    if (!config) return $derived.set({ folded: EMPTY_FOLDED, report: null });
    const folded = await runStepsSliced(foldPeopleSteps(set.accepted, config.year, set.decisions));
    if (mine !== generation) return;
    const report = await runStepsSliced(
      buildReportSteps(folded.people, config, set.roster?.people ?? null, set.rosterLinks),
    );
    if (mine === generation) $derived.set({ folded, report });
  })();
  return derivation;
}

$set.listen((set) => void derive(set, $config.get()));
$config.listen((config) => void derive($set.get(), config));

/** Resolves once people and the report reflect the set as it is now. */
export async function derived(): Promise<void> {
  for (let seen = -1; seen !== generation;) {
    seen = generation;
    await derivation;
  }
}

let restoring: Promise<void> | undefined;

/** Reads the saved set once per page, whichever island asks first. */
export function restoreOnce(config: AggregateConfig): Promise<void> {
  if (!$config.get()) $config.set(config);
  restoring ??= (async () => {
    if (!(await storageWorks())) {
      $storage.set('blocked');
      $restored.set(true);
      return;
    }
    $storage.set('ok');
    try {
      const saved = await loadSet();
      // Files loaded while the saved set was being read stay: the saved ones come first.
      if (saved) {
        const current = $set.get();
        $set.set({
          accepted: [...saved.accepted, ...current.accepted],
          rejected: [...saved.rejected, ...current.rejected],
          decisions: { ...saved.decisions, ...current.decisions },
          rosterLinks: { ...saved.rosterLinks, ...current.rosterLinks },
          roster: current.roster ?? saved.roster,
        });
      }
    } catch {
      // An unreadable database is treated as empty; the page still works.
    }
    await derived();
    $restored.set(true);
  })();
  return restoring;
}

/** Replaces the set and saves it; a failed save is reported, not thrown. */
export async function commitSet(next: SavedSet): Promise<boolean> {
  $set.set(next);
  await derived();
  if ($storage.get() !== 'ok') return false;
  try {
    await saveSet(next);
    return true;
  } catch {
    $storage.set('blocked');
    return false;
  }
}
