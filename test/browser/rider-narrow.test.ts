/**
 * Narrow phones (QA: at 360 px the English title read "Rest sta…", and at 320 px "Choose place"
 * ran off the screen): in both languages at 320 and 360 px wide, the whole title shows and every
 * header control sits inside the screen.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { SHUANGJING, useBrowserSuite, waitForReady } from './harness.ts';

const suite = useBrowserSuite();

/** The title's text, whether it is cut (clipped or ellipsis), and header controls beyond the right edge. */
function readHeader(page: Page) {
  return page.evaluate(() => {
    const title = document.querySelector('.header__title span') as HTMLElement;
    const overflowing = [...document.querySelectorAll<HTMLElement>('.header button')]
      .filter((b) => {
        const r = b.getBoundingClientRect();
        return r.right > window.innerWidth + 0.5 || r.left < -0.5 || b.scrollWidth > b.clientWidth + 1;
      })
      .map((b) => b.textContent?.trim() || b.getAttribute('aria-label'));
    return {
      title: title.textContent,
      titleCut: title.scrollHeight > title.clientHeight + 1 || title.scrollWidth > title.clientWidth + 1,
      overflowing,
      pageScrollsSideways: document.documentElement.scrollWidth > window.innerWidth,
    };
  });
}

describe('narrow phones', () => {
  for (const [locale, title] of [
    ['en-US', 'Rest stations'],
    ['zh-CN', '骑手驿站'],
  ] as const) {
    for (const width of [320, 360]) {
      test(`${locale} at ${width} px: the whole title, every header control on screen`, async () => {
        const { page } = await suite.launch({ locale, viewport: { width, height: 700 } });
        await page.goto(suite.server.url(`/?at=${SHUANGJING[0]},${SHUANGJING[1]}`));
        await waitForReady(page);
        expect(await readHeader(page)).toEqual({ title, titleCut: false, overflowing: [], pageScrollsSideways: false });
      });
    }
  }
});
