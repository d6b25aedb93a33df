// SVG world map (equirectangular) drawn from the offline basemap, with one
// circle per place where events happened, sized by count.

import { eventColor } from './colors.js';
import { esc } from './dom.js';

const W = 960;
const H = 480;
const px = (lon) => ((lon + 180) / 360) * W;
const py = (lat) => ((90 - lat) / 180) * H;

function ringPath(ring) {
  return ring.map(([lon, lat], i) => `${i ? 'L' : 'M'}${px(lon).toFixed(1)},${py(lat).toFixed(1)}`).join('') + 'Z';
}

function featurePath(geometry) {
  if (!geometry) return '';
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  return polygons.map((poly) => poly.map(ringPath).join('')).join('');
}

/** The view box: the world, or zoomed to the points with a margin (never closer than 40°×20°). */
function viewBox(points) {
  if (points.length === 0) return [0, py(84), W, py(-58) - py(84)];
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  let [minLon, maxLon, minLat, maxLat] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const padLon = Math.max(20 - (maxLon - minLon) / 2, 8);
  const padLat = Math.max(10 - (maxLat - minLat) / 2, 6);
  minLon = Math.max(-180, minLon - padLon);
  maxLon = Math.min(180, maxLon + padLon);
  minLat = Math.max(-85, minLat - padLat);
  maxLat = Math.min(85, maxLat + padLat);
  // Keep the 2:1 aspect of the frame.
  let w = px(maxLon) - px(minLon);
  let h = py(minLat) - py(maxLat);
  if (w < 2 * h) w = 2 * h;
  else h = w / 2;
  const cx = (px(minLon) + px(maxLon)) / 2;
  const cy = (py(minLat) + py(maxLat)) / 2;
  return [cx - w / 2, cy - h / 2, w, h];
}

/** places: [{name, lat, lon, count, types}] → SVG markup. */
export function mapSvg(basemap, places) {
  const box = viewBox(places);
  const scale = box[2] / W; // keep circles and strokes the same size on screen when zoomed
  const countries = (basemap?.features ?? [])
    .map((f) => `<path d="${featurePath(f.geometry)}"><title>${esc(f.properties?.name ?? '')}</title></path>`)
    .join('');
  const max = Math.max(1, ...places.map((p) => p.count));
  const dots = [...places]
    .sort((a, b) => b.count - a.count)
    .map((p) => {
      const r = (4 + 14 * Math.sqrt(p.count / max)) * scale;
      const color = p.types.length === 1 ? eventColor(p.types[0]) : '#444';
      return `<circle class="dot" data-place="${esc(p.name)}" cx="${px(p.lon).toFixed(2)}" cy="${py(p.lat).toFixed(2)}" r="${r.toFixed(2)}" fill="${color}" stroke-width="${(1 * scale).toFixed(2)}"><title>${esc(`${p.name}: ${p.count} event${p.count === 1 ? '' : 's'} (${p.types.join(', ')})`)}</title></circle>`;
    })
    .join('');
  return `<svg class="map" viewBox="${box.map((v) => v.toFixed(1)).join(' ')}" role="img" aria-label="Map of event places">
    <rect x="-10" y="-10" width="${W + 20}" height="${H + 20}" class="sea"/>
    <g class="land" stroke-width="${(0.6 * scale).toFixed(2)}">${countries}</g>
    <g>${dots}</g>
  </svg>`;
}
