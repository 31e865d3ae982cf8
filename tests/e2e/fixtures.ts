/**
 * The `test` and `expect` every browser test uses: a test fails on any console error or uncaught
 * exception in any page it opens (its own page, a second window, a page of a context it makes),
 * Content-Security-Policy refusals included. A test that means to cause one names it with
 * `consoleErrors.allow(/pattern/)`; an allowed pattern that never showed fails the test too.
 */
import { type Browser, type BrowserContext, test as base, expect, type Page } from '@playwright/test';

export interface ConsoleErrors {
  /** Expect an error matching this pattern (it must appear: an allowance that is never used fails). */
  allow(pattern: RegExp): void;
}

function watchBrowser(browser: Browser, watchContext: (c: BrowserContext) => void, watchPage: (p: Page) => void): () => void {
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
    const context = await newContext(...args);
    watchContext(context);
    return context;
  };
  browser.newPage = async (...args: Parameters<Browser['newPage']>) => {
    const page = await newPage(...args);
    watchPage(page);
    return page;
  };
  return () => {
    browser.newContext = newContext;
    browser.newPage = newPage;
  };
}

export const test = base.extend<{ consoleErrors: ConsoleErrors }>({
  consoleErrors: [
    async ({ context, browser }, use) => {
      const errors: string[] = [];
      const allowed: { pattern: RegExp; seen: boolean }[] = [];
      const record = (text: string) => {
        const allowance = allowed.find((a) => a.pattern.test(text));
        if (allowance) allowance.seen = true;
        else errors.push(text);
      };
      const watched = new WeakSet<Page>();
      const watchPage = (page: Page) => {
        if (watched.has(page)) return;
        watched.add(page);
        page.on('console', (m) => {
          if (m.type() === 'error') record(`console.error at ${page.url()}: ${m.text()}`);
        });
        page.on('pageerror', (e) => record(`uncaught ${e.name} at ${page.url()}: ${e.message}`));
      };
      const watchContext = (c: BrowserContext) => {
        for (const p of c.pages()) watchPage(p);
        c.on('page', watchPage);
      };
      watchContext(context);
      const restore = watchBrowser(browser, watchContext, watchPage);
      try {
        await use({ allow: (pattern) => void allowed.push({ pattern, seen: false }) });
      } finally {
        restore();
      }
      expect(errors, 'console errors and uncaught exceptions in the pages of this test').toEqual([]);
      expect(
        allowed.filter((a) => !a.seen).map((a) => String(a.pattern)),
        'errors this test expected that never came',
      ).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
