/** Reloads the page (a wrapper, so tests can see that a way out asked for it). */
export function reloadPage(): void {
  window.location.reload();
}
