/** The join screen's path. */
export const JOIN_PATH = '/join';

/**
 * Where a room's link should land: the join screen with the link's fragment, when the address
 * carries a room (`#…room=…`) and is not there yet; else null.
 */
export function roomLinkPath(location: Pick<Location, 'pathname' | 'hash'>): string | null {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  if (!params.has('room') || location.pathname === JOIN_PATH) return null;
  return `${JOIN_PATH}${location.hash}`;
}

/** Where the facilitator goes after opening a room's link (the page that holds the live-room panel). */
export const FACILITATOR_PATH = '/group';
