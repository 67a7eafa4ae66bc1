import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { remote } from 'webdriverio';
import type { EngineDriver } from './driver';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

async function waitForPort(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/status`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('WebKitWebDriver did not start');
}

/** WebKit (Safari's engine): WebKitGTK's MiniBrowser under Xvfb, driven over WebDriver. */
export async function launchWebKit(): Promise<EngineDriver> {
  const children: ChildProcess[] = [];
  const display = `:${90 + Math.floor(Math.random() * 9)}`;
  children.push(spawn('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' }));
  const port = await freePort();
  children.push(
    spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } }),
  );
  const stop = () => {
    for (const child of children.reverse()) child.kill();
  };
  await waitForPort(port).catch((error: unknown) => {
    stop();
    throw error;
  });
  const browser = await remote({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    } as WebdriverIO.Capabilities,
  }).catch((error: unknown) => {
    stop();
    throw error;
  });
  return {
    name: 'WebKit',
    goto: (url) => browser.url(url).then(() => undefined),
    evaluate: (fn, ...args) => browser.execute(fn as never, ...(args as unknown as never[])) as never,
    click: async (selector) => {
      await (await browser.$(selector)).click();
    },
    type: async (selector, text) => {
      await (await browser.$(selector)).addValue(text);
    },
    freshTab: async () => {
      const { handle } = await browser.createWindow('tab');
      await browser.closeWindow();
      await browser.switchToWindow(handle);
    },
    quit: async () => {
      await browser.deleteSession().catch(() => undefined);
      stop();
    },
  };
}
