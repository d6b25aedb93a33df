/**
 * The dashboard's files (web/, plain HTML + ES modules, no build step) and the
 * offline basemap, both served by the API process itself.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, normalize, resolve, sep } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { repoPath } from '../paths.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/**
 * The file under `root` a URL path names ('/' → index.html), or null when it
 * does not exist or would escape the root ('..', encoded or not).
 */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = resolve(root);
  const path = resolve(base, normalize(relative));
  if (path !== base && !path.startsWith(base + sep)) return null;
  try {
    const body = await readFile(path);
    return { body, contentType: CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}

export function webRoot(): string {
  return repoPath('web');
}

let basemap: string | undefined;

/**
 * World country outlines as GeoJSON, from world-atlas's countries-110m
 * TopoJSON; coordinates rounded to 0.01° (ample for a dashboard map, and a
 * third of the size). Built once per process.
 */
export function basemapGeoJson(): string {
  if (basemap) return basemap;
  const require = createRequire(import.meta.url);
  const topology = require('world-atlas/countries-110m.json') as Topology;
  const countries = topology.objects.countries!;
  const collection = feature(topology, countries) as FeatureCollection;
  basemap = JSON.stringify(collection, (key, value) => (typeof value === 'number' && key !== 'id' ? Math.round(value * 100) / 100 : value));
  return basemap;
}
