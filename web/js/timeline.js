// SVG stacked bar chart of event counts per period, coloured by PLOVER type.

import { eventColor } from './colors.js';
import { esc } from './dom.js';

const MAX_FILLED_PERIODS = 400;

function nextPeriod(period, groupBy) {
  if (groupBy === 'month') {
    const [y, m] = period.split('-').map(Number);
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  const d = new Date(`${period}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + (groupBy === 'week' ? 7 : 1));
  return d.toISOString().slice(0, 10);
}

/** Every period from the first to the last, so gaps show as gaps (unless the range is huge). */
export function periodRange(periods, groupBy) {
  const sorted = [...new Set(periods)].sort();
  if (sorted.length < 2) return sorted;
  const out = [sorted[0]];
  const last = sorted[sorted.length - 1];
  while (out[out.length - 1] < last) {
    out.push(nextPeriod(out[out.length - 1], groupBy));
    if (out.length > MAX_FILLED_PERIODS) return sorted;
  }
  return out;
}

/** points: [{period, type, count}] → SVG markup. */
export function timelineSvg(points, groupBy, { width = 600, height = 240 } = {}) {
  if (points.length === 0) return '<p class="empty">No dated events match.</p>';
  const periods = periodRange(points.map((p) => p.period), groupBy);
  const types = [...new Set(points.map((p) => p.type))].sort();
  const byPeriod = new Map(periods.map((p) => [p, []]));
  for (const p of points) byPeriod.get(p.period)?.push(p);
  const max = Math.max(...[...byPeriod.values()].map((ps) => ps.reduce((s, p) => s + p.count, 0)), 1);
  const m = { left: 30, right: 6, top: 10, bottom: 28 };
  const plotW = width - m.left - m.right;
  const plotH = height - m.top - m.bottom;
  const slot = plotW / periods.length;
  const barW = Math.max(1, slot * 0.8);
  const y = (v) => m.top + plotH - (v / max) * plotH;

  const ticks = niceTicks(max);
  const grid = ticks
    .map((t) => `<line x1="${m.left}" x2="${width - m.right}" y1="${y(t)}" y2="${y(t)}" class="grid"/><text x="${m.left - 6}" y="${y(t) + 4}" text-anchor="end" class="axis">${t}</text>`)
    .join('');
  const labelEvery = Math.ceil(periods.length / Math.floor(plotW / 70));
  const bars = periods
    .map((period, i) => {
      const x = m.left + i * slot + (slot - barW) / 2;
      let acc = 0;
      const rects = byPeriod
        .get(period)
        .sort((a, b) => types.indexOf(a.type) - types.indexOf(b.type))
        .map((p) => {
          const top = y(acc + p.count);
          const h = y(acc) - top;
          acc += p.count;
          return `<rect x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${barW.toFixed(1)}" height="${Math.max(h, 0.5).toFixed(1)}" fill="${eventColor(p.type)}"><title>${esc(`${period}: ${p.count} ${p.type}`)}</title></rect>`;
        })
        .join('');
      const label = i % labelEvery === 0 ? `<text x="${(x + barW / 2).toFixed(1)}" y="${height - m.bottom + 16}" text-anchor="middle" class="axis">${esc(period)}</text>` : '';
      return rects + label;
    })
    .join('');
  const legend = types
    .map((t) => `<span class="legend-item"><span class="swatch" style="background:${eventColor(t)}"></span>${esc(t)}</span>`)
    .join('');
  return `<svg class="timeline" viewBox="0 0 ${width} ${height}" role="img" aria-label="Events per ${esc(groupBy)} by type">
    ${grid}<line x1="${m.left}" x2="${width - m.right}" y1="${y(0)}" y2="${y(0)}" class="baseline"/>${bars}
  </svg><p class="legend small">${legend}</p>`;
}

function niceTicks(max) {
  const step = max <= 5 ? 1 : Math.pow(10, Math.floor(Math.log10(max))) * (max / Math.pow(10, Math.floor(Math.log10(max))) > 5 ? 2 : 1);
  const out = [];
  for (let t = step; t <= max; t += step) out.push(t);
  return out;
}
