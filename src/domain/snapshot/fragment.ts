/** A share link carries its snapshot after this key in the URL fragment (`#snapshot=…`). */
export const FRAGMENT_KEY = 'snapshot=';

/** Whether a location hash carries a snapshot: cheap, so the reader loads only when one does. */
export const hashCarriesSnapshot = (hash: string): boolean => hash.replace(/^#/, '').startsWith(FRAGMENT_KEY);
