/**
 * Debian's Chromium driven by playwright-core. When it is not installed the
 * browser tests skip with the install command; under CI=true they fail
 * instead, so a missing browser can never pass silently.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const INSTALL_HINT = 'apt-get update && apt-get install -y chromium';
export const hasBrowser = existsSync(CHROMIUM);

if (!hasBrowser && process.env['CI'] === 'true') {
  throw new Error(`Chromium not found at ${CHROMIUM}; CI needs it for browser tests (${INSTALL_HINT})`);
}

/** Reason to show in the skipped test's name. */
export const skipReason = hasBrowser ? '' : ` (skipped: no Chromium at ${CHROMIUM}; install with: ${INSTALL_HINT})`;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      // Never throttle a page Chromium thinks is in the background: tests wait on its timers.
      '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows', '--disable-background-timer-throttling',
    ],
  });
}

/** Waits long enough for a 2-core machine that is also building sites. */
const PAGE_TIMEOUT_MS = 60_000;

export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await browser.newPage(options);
  page.setDefaultTimeout(PAGE_TIMEOUT_MS);
  return page;
}

/** Waits for the search page to report results; on failure says what the page said instead. */
export async function waitForResults(page: Page): Promise<void> {
  try {
    // Poll on a timer, not on animation frames (Playwright's default): a page Chromium treats as
    // hidden on a busy machine may not paint, and then an animation-frame poll never runs.
    await page.waitForFunction(() => /result/.test(document.querySelector('[data-status]')?.textContent ?? ''), undefined, { polling: 250 });
  } catch (error) {
    const status = await page.textContent('[data-status]').catch(() => null);
    const items = await page.locator('[data-results] li').count().catch(() => null);
    const visibility = await page.evaluate(() => document.visibilityState).catch(() => null);
    throw new Error(`search showed no results at ${page.url()}; status: ${JSON.stringify(status)}; ${items} result items; page ${visibility}`, { cause: error });
  }
}
