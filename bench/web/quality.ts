/**
 * The learner app's quality bars, measured against the built apps (`pnpm build` first): the
 * JavaScript a first visit downloads (gzipped, as served) for a lesson and a quiz, and
 * Lighthouse's mobile scores for both, in Debian's Chromium. Starts the apps itself on a fresh
 * database (scripts/serve.ts --e2e) and stops them afterwards.
 * Usage: pnpm bench:web
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { machine } from '../src/stats';

const root = join(import.meta.dirname, '..', '..');
const WEB = 'http://localhost:3100';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PAGES = [
  { name: 'lesson', path: '/lessons/path-dependence' },
  { name: 'quiz', path: '/quizzes/quiz-obstacles' },
];

async function waitFor(url: string, ms: number) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url, { redirect: 'manual' })).status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not come up`);
}

async function signInCookie(): Promise<string> {
  const response = await fetch(`${WEB}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: WEB },
    body: JSON.stringify({ email: 'learner@alliance.test', password: 'demo-learner-pass' }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`sign-in failed: ${response.status}`);
  return cookie;
}

/** Bytes of JavaScript transferred (compressed) on a cold first load. */
async function firstLoadJs(cookie: string, path: string) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
    ],
  });
  try {
    const context = await browser.newContext();
    const [name, value] = cookie.split('=');
    await context.addCookies([{ name: name ?? '', value: value ?? '', url: WEB }]);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const scripts = new Map<string, string>();
    const sizes: Array<{ url: string; bytes: number; contains: string[] }> = [];
    let bytes = 0;
    cdp.on('Network.responseReceived', (e) => {
      if (e.type === 'Script') scripts.set(e.requestId, e.response.url);
    });
    cdp.on('Network.loadingFinished', (e) => {
      const url = scripts.get(e.requestId);
      if (url) {
        bytes += e.encodedDataLength;
        sizes.push({ url, bytes: e.encodedDataLength, contains: [] });
      }
    });
    await page.goto(`${WEB}${path}`, { waitUntil: 'networkidle' });
    // What each chunk holds, told by strings the libraries leave in their code.
    for (const chunk of sizes) {
      const code = await (await fetch(chunk.url)).text();
      chunk.contains = MARKERS.filter(([, pattern]) => pattern.test(code)).map(([name]) => name);
    }
    return { bytes, files: scripts.size, chunks: sizes.sort((a, b) => b.bytes - a.bytes) };
  } finally {
    await browser.close();
  }
}

const MARKERS: Array<[string, RegExp]> = [
  ['react-dom', /react-dom|__reactContainer|ReactDOM/],
  ['next router/runtime', /__next_f|next-router|app-router/],
  ['@trpc/client', /httpLink|TRPCClientError/],
  ['superjson', /superjson|SuperJSON/],
  ['item renderers', /quiz__|item-part--|Move up/],
  ['mdx-bundler runtime', /getMDXComponent|_jsx_runtime/],
];

let server: ChildProcess | null = null;
try {
  server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--e2e'], {
    cwd: root,
    stdio: 'ignore',
  });
  await waitFor(`${WEB}/sign-in`, 120_000);
  const cookie = await signInCookie();

  const rows: string[] = [];
  const analysis: string[] = [];
  const scores: Record<string, Record<string, number>> = {};
  for (const page of PAGES) {
    const js = await firstLoadJs(cookie, page.path);
    analysis.push(
      `**${page.name}**: ${js.chunks
        .map(
          (c) =>
            `${(c.bytes / 1024).toFixed(1)} kB${c.contains.length ? ` (${c.contains.join(', ')})` : ''}`,
        )
        .join('; ')}`,
      '',
    );
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--no-first-run',
      ],
    });
    try {
      const result = await lighthouse(`${WEB}${page.path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        extraHeaders: { Cookie: cookie },
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const categories = result?.lhr.categories ?? {};
      scores[page.name] = Object.fromEntries(
        Object.entries(categories).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)]),
      );
      const s = scores[page.name] ?? {};
      rows.push(
        `| ${page.name} (\`${page.path}\`) | ${(js.bytes / 1024).toFixed(1)} kB in ${js.files} files | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} |`,
      );
    } finally {
      chrome.kill();
    }
  }
  const lines = [
    '# Learner app: first-load JavaScript and Lighthouse (mobile)',
    '',
    `${machine()} · next start · Debian Chromium · Lighthouse 12.2.3, default mobile emulation and throttling`,
    '',
    '| page | first-load JS (gzip, transferred) | performance | accessibility | best practices | SEO |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    'Goals: first-load JS ≤ 100 kB for a lesson; Lighthouse mobile ≥ 95.',
    '',
    '## Chunks, largest first (gzip), with what they contain',
    '',
    ...analysis,
  ];
  console.log(lines.join('\n'));
  writeFileSync(join(import.meta.dirname, '..', 'results', 'web-quality.md'), lines.join('\n'));
  writeFileSync(
    join(import.meta.dirname, '..', 'results', 'lighthouse.json'),
    `${JSON.stringify(scores, null, 2)}\n`,
  );
} finally {
  server?.kill('SIGTERM');
}
