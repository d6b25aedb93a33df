/**
 * Responsibility claims ("has claimed many of them", "claimed the bombing"):
 * they do not make events of their own but mark the attacks they refer to as
 * claimed, and give them the claimer as actor when the attack had none.
 * A claim refers to ASSAULT events after it in its sentence, else to those of
 * the nearest of the two sentences before it.
 */
import type { EventActor } from '../../model/layers.js';
import type { Proposal } from './propose.js';

export interface ClaimSite {
  sentence: number;
  start: number;
  trigger: Proposal;
  claimer: EventActor | undefined;
}

interface Claimable {
  event: { start: number; plover: { type: string }; claimed?: boolean; actor?: EventActor; evidence?: string };
  sentence: number;
}

function referenced<T extends Claimable>(events: readonly T[], site: ClaimSite, text: string): T[] {
  const assaults = events.filter((e) => e.event.plover.type === 'ASSAULT');
  const same = assaults.filter((e) => e.sentence === site.sentence && e.event.start > site.start);
  // "claimed the attack": a definite mention also points back at the attack already reported.
  const definite = same.length > 0 && same.every((e) => /\b(the|this|these|that|those|both)\s+(\w+\s+)?$/i.test(text.slice(Math.max(0, e.event.start - 20), e.event.start)));
  if (same.length && !definite) return same;
  for (let back = 1; back <= 2; back++) {
    const earlier = assaults.filter((e) => e.sentence === site.sentence - back);
    if (earlier.length) return [...same, ...earlier];
  }
  return same;
}

export function applyClaims<T extends Claimable>(events: readonly T[], sites: readonly ClaimSite[], text: string): void {
  for (const site of sites) {
    for (const e of referenced(events, site, text)) {
      e.event.claimed = true;
      if (site.claimer && (!e.event.actor || e.event.actor.inferred)) e.event.actor = site.claimer;
      e.event.evidence = `${e.event.evidence ?? ''} claimed-by:${site.claimer?.text ?? '?'}`.trim();
    }
  }
}
