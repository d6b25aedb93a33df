/**
 * News agencies as they appear in bylines, datelines and photo credits,
 * normalized to the short name newsrooms use (AFP, Reuters, AP, ...).
 */

const AGENCY_NAMES: [RegExp, string][] = [
  [/^(?:agence france[- ]presse|afp)$/i, 'AFP'],
  [/^(?:reuters|thomson reuters)$/i, 'Reuters'],
  [/^(?:the )?(?:associated press|ap)$/i, 'AP'],
  [/^(?:deutsche presse-agentur|dpa)$/i, 'dpa'],
  [/^(?:agenzia nazionale stampa associata|ansa)$/i, 'ANSA'],
  [/^(?:agencia efe|efe)$/i, 'EFE'],
  [/^(?:xinhua|xinhua news agency)$/i, 'Xinhua'],
  [/^(?:kyodo|kyodo news)$/i, 'Kyodo'],
  [/^(?:united press international|upi)$/i, 'UPI'],
  [/^(?:press association|pa|pa media)$/i, 'PA'],
  [/^(?:anadolu|anadolu agency|aa)$/i, 'Anadolu'],
  [/^(?:bloomberg|bloomberg news)$/i, 'Bloomberg'],
  [/^(?:tass|itar-tass)$/i, 'TASS'],
  [/^(?:yonhap|yonhap news agency)$/i, 'Yonhap'],
  [/^(?:australian associated press|aap)$/i, 'AAP'],
  [/^(?:canadian press|the canadian press|cp)$/i, 'CP'],
];

/** The normalized agency for a byline or credit string, if it names one. */
export function normalizeAgency(s: string): string | undefined {
  const t = s.trim().replace(/^(?:by|from)\s+/i, '').replace(/[.,;:]+$/, '').trim();
  if (t.length === 0 || t.length > 40) return undefined;
  for (const [re, name] of AGENCY_NAMES) if (re.test(t)) return name;
  return undefined;
}

/**
 * Agencies named in a byline such as "John Smith, Reuters" or "AFP and AP":
 * each comma/and/with/slash-separated part is tried on its own.
 */
export function agenciesIn(byline: string): string[] {
  const found: string[] = [];
  for (const part of byline.split(/\s*(?:,|\/|\band\b|\bwith\b|&|\|)\s*/i)) {
    const a = normalizeAgency(part);
    if (a && !found.includes(a)) found.push(a);
  }
  return found;
}
