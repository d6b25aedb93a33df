// The dashboard's only way to talk to the server: GET JSON from /api.

/** GET /api/<path>?<params> → parsed JSON; throws with the server's error message. */
export async function api(path, params = {}) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  }
  const url = `/api/${path}${qs.toString() ? `?${qs}` : ''}`;
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.error || `${res.status} ${res.statusText}`);
  return body;
}

let basemap;
/** The offline world outline (GeoJSON), fetched once. */
export function loadBasemap() {
  basemap ??= fetch('/assets/countries.json').then((r) => r.json());
  return basemap;
}
