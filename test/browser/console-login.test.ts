/**
 * Console log-in against the real server (issue 4): a wrong password is said so, the right one
 * opens the office's workspace, the session survives a reload, logging out ends it, and too many
 * failures are answered with how long to wait.
 */
import { describe, expect, test } from 'vitest';
import { PASSWORD, useConsoleSuite } from './serverHarness.ts';

const suite = useConsoleSuite();

describe('console log-in', () => {
  test('a wrong password is reported, then the right one opens 双井街道 with its stations', async () => {
    const { page } = await suite.launch();
    await page.goto(suite.server.url('/console'));
    await page.getByLabel('用户名').fill('sj-editor');
    await page.getByLabel('密码', { exact: true }).fill('not the password');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect.poll(() => page.getByTestId('login-error').textContent(), { timeout: 10_000 }).toBe('用户名或密码错误。请检查后重试。');
    // QA: focus fell to <body>; it goes back to the (emptied) password field, described by the error.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name')), { timeout: 10_000 }).toBe('password');
    expect(await page.getByLabel('密码', { exact: true }).getAttribute('aria-describedby')).toBe('login-error');
    expect(await page.getByTestId('login-error').getAttribute('role')).toBe('alert');

    await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForSelector('[data-testid="console-ready"]');
    expect(await page.getByTestId('office-name').textContent()).toBe('双井街道');
    expect(await page.getByTestId('station-count').textContent()).toBe('共 63 个站点');
    // <html lang> is set in an effect.
    await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 10_000 }).toBe('zh-CN');

    // The session is the server's: a reload keeps it, logging out ends it.
    await page.reload();
    await page.waitForSelector('[data-testid="console-ready"]');
    await page.getByTestId('logout').click();
    await expect.poll(() => page.getByRole('status').first().textContent(), { timeout: 10_000 }).toBe('已退出登录。');
    await page.reload();
    await page.waitForSelector('[data-testid="console-app"][data-session="loggedOut"]');
  });

  test('an English browser gets the console in English, and the switch changes it', async () => {
    const { page } = await suite.launch({ locale: 'en-GB' });
    await page.goto(suite.server.url('/console'));
    await page.getByLabel('Username').fill('js-editor');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in', exact: true }).click();
    await page.waitForSelector('[data-testid="console-ready"]');
    await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 10_000 }).toBe('en');
    expect(await page.getByTestId('office-name').textContent()).toBe('Jinsong Subdistrict');
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.getByTestId('office-name').textContent(), { timeout: 10_000 }).toBe('劲松街道');
    await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 10_000 }).toBe('zh-CN');
  });

  // Last in the file: the back-off also keys on the address, so it slows every later login.
  test('after five failures the form says how many seconds to wait, and counts down', async () => {
    const { page } = await suite.launch();
    await page.goto(suite.server.url('/console'));
    await page.getByLabel('用户名').fill('district-admin');
    const error = page.getByTestId('login-error');
    const retryAfter: number[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('/api/session') && response.status() === 429) retryAfter.push(Number(response.headers()['retry-after']));
    });
    let attempts = 0;
    // The first test's wrong password already counted against this address.
    while (!/次数过多/.test((await error.allTextContents()).join(''))) {
      expect(attempts, 'the back-off starts after five failures').toBeLessThan(6);
      await page.getByLabel('密码', { exact: true }).fill(`wrong ${attempts++}`);
      await page.getByRole('button', { name: '登录', exact: true }).click();
      await expect.poll(() => error.textContent(), { timeout: 10_000 }).toMatch(/用户名或密码错误|次数过多/);
    }
    // The server's first block is 30 s (less the moments since the fifth failure).
    await expect.poll(() => retryAfter, { timeout: 10_000 }).toHaveLength(1);
    const serverSeconds = retryAfter[0]!;
    expect(serverSeconds).toBeGreaterThan(20);
    expect(serverSeconds).toBeLessThanOrEqual(30);
    const shownSeconds = (text: string | null): number => Number(/^登录失败次数过多，请 (\d+) 秒后再试。$/.exec(text ?? '')?.[1]);
    const first = shownSeconds(await error.textContent());
    // Never more than the server said; at most a tick of the countdown less by the time we read it.
    expect(first).toBeLessThanOrEqual(serverSeconds);
    expect(first).toBeGreaterThanOrEqual(serverSeconds - 1);
    // Even the right password waits: the form keeps the button off until the time is up.
    expect(await page.getByRole('button', { name: '登录', exact: true }).isDisabled()).toBe(true);
    await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
    // The countdown moves on by itself.
    await expect.poll(() => error.textContent().then(shownSeconds), { timeout: 10_000 }).toBeLessThan(first);
    expect(await page.getByRole('button', { name: '登录', exact: true }).isDisabled()).toBe(true);
  });
});
