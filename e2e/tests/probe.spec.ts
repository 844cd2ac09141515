import { course } from '@alliance/content';
import { expect, request, test } from '@playwright/test';
import {
  ADMIN_URL,
  call,
  DEMO,
  e2eDatabase,
  linkIn,
  mailTo,
  newLearner,
  signIn,
  sitePages,
  uniqueEmail,
  WEB_URL,
} from './fixtures';

/**
 * What an outside probe of a running server tried, over real HTTP against both built apps: open
 * redirects, cross-site writes, oversized and hostile input, spoofed client addresses, caching
 * of personal answers, and every page with a hostile query string, as every role.
 */

const sql = e2eDatabase();

test('a post-sign-in destination never leaves the site, and odd characters in it are not a 500', async ({
  page,
  browser,
}) => {
  await signIn(page, WEB_URL, DEMO.learner);
  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, ADMIN_URL, DEMO.admin);
  const targets = [
    '/%09/evil.example',
    '/%0A/evil.example',
    '/%0D/x',
    '/%5Cevil.example',
    '//evil.example',
    '/.//evil.example',
    'javascript:alert(1)',
  ];
  for (const [who, base, path] of [
    [page, WEB_URL, '/sign-in'],
    [page, WEB_URL, '/sign-up'],
    [staff, ADMIN_URL, '/sign-in'],
  ] as const) {
    for (const next of targets) {
      const response = await who.request.get(`${base}${path}?next=${next}`, { maxRedirects: 0 });
      expect(response.status(), `${path}?next=${next}`).toBeLessThan(500);
      const location = response.headers().location;
      expect(location, `${path}?next=${next}`).toBeDefined();
      expect(new URL(location ?? '', base).origin, `${path}?next=${next}`).toBe(base);
    }
  }
  await staff.close();
});

test('a write from another site, or as a form, is refused; personal answers are never cached', async ({
  page,
}) => {
  await newLearner(page, 'Pat Probe');
  const refused = await page.request.post(`${WEB_URL}/api/trpc/account.endOtherSessions`, {
    headers: { origin: 'http://evil.example', 'content-type': 'application/json' },
    data: { json: null },
  });
  expect(refused.status()).toBe(403);
  const form = await page.request.post(`${WEB_URL}/api/trpc/account.endOtherSessions`, {
    headers: { origin: WEB_URL },
    multipart: { x: '1' },
  });
  expect(form.status()).toBe(415);
  for (const url of [
    `${WEB_URL}/api/trpc/users.me`,
    `${WEB_URL}/api/trpc/progress.mine`,
    `${WEB_URL}/api/auth/list-sessions`,
    `${WEB_URL}/api/auth/get-session`,
  ]) {
    const response = await page.request.get(url);
    expect(response.headers()['cache-control'], url).toContain('no-store');
  }
});

test('oversized, nested and NUL-bearing input gets a 4xx in words, in both apps', async ({
  page,
}) => {
  await newLearner(page, 'Max Size');
  const big = await page.request.post(`${WEB_URL}/api/trpc/progress.setCompleted`, {
    headers: { origin: WEB_URL, 'content-type': 'application/json' },
    data: JSON.stringify({ json: { lessonId: 'x'.repeat(2_000_000), completed: true } }),
  });
  expect(big.status()).toBe(413);
  const deep = await page.request.post(`${WEB_URL}/api/trpc/progress.setCompleted`, {
    headers: { origin: WEB_URL, 'content-type': 'application/json' },
    data: `{"json":${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
  });
  expect(deep.status()).toBe(400);
  expect(await deep.text()).not.toMatch(/call stack/);
  for (const base of [WEB_URL, ADMIN_URL]) {
    const context = await request.newContext();
    const name = await context.post(`${base}/api/auth/sign-up/email`, {
      headers: { origin: base },
      data: {
        name: 'n'.repeat(10_000_000),
        email: uniqueEmail('big'),
        password: 'a-long-fresh-password',
      },
    });
    expect(name.status()).toBe(413);
    const nul = await context.post(`${base}/api/auth/sign-in/email`, {
      headers: { origin: base },
      data: { email: 'a\u0000@example.test', password: 'whatever-it-is' },
    });
    expect(nul.status()).toBe(400);
    await context.dispose();
  }
});

test('the session keeps the connection’s address, not the one the client claims', async () => {
  const context = await request.newContext();
  const email = uniqueEmail('spoof');
  const signedUp = await context.post(`${WEB_URL}/api/auth/sign-up/email`, {
    headers: { origin: WEB_URL, 'x-forwarded-for': '6.6.6.6' },
    data: { name: 'Spoof', email, password: 'a-long-fresh-password' },
  });
  expect(signedUp.ok(), await signedUp.text()).toBe(true);
  const rows = await sql<{ ip: string }[]>`
    select s.ip_address as ip from session s join "user" u on u.id = s.user_id
    where u.email = ${email}`;
  expect(rows.map((r) => r.ip)).not.toContain('6.6.6.6');
  expect(rows.map((r) => r.ip).every((ip) => ['127.0.0.1', '::1'].includes(ip))).toBe(true);
  await context.dispose();
});

test('every page of both apps, with a hostile query string, as every role: never a 5xx', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await newLearner(page, 'Quinn Query');
  const admin = await browser.newPage();
  await signIn(admin, ADMIN_URL, DEMO.admin);
  const instructor = await browser.newPage();
  await signIn(instructor, ADMIN_URL, DEMO.instructor);
  const anonymous = await request.newContext();
  // A cohort the demo instructor does not teach: its pages and downloads refuse them, in words.
  const untaught = `untaught-${Date.now().toString(36)}`;
  await call(
    admin.request,
    ADMIN_URL,
    'cohorts.create',
    { cohortId: untaught, name: 'Untaught' },
    'mutation',
  );
  const hostile = [
    '?q=%00&page=-1&next=/%09/evil.example&type=%3Cscript%3E&lesson=../../x&module=%27--',
    `?page=99999999999999999999&q=${'x'.repeat(3000)}&status=published&status=draft&input=%5B%5B%5B`,
  ];
  const pages = sitePages({
    attempts: ['att_0000'],
    cohorts: ['demo', untaught, 'no-such-cohort'],
  });
  // A GET of /sign-out changes nothing (get-safe.spec.ts); here it would only end the sessions
  // the rest of the probe uses.
  const learnerPaths = pages.learner.filter((path) => path !== '/sign-out');
  const staffPaths = pages.staff.filter((path) => path !== '/sign-out');
  const failures: string[] = [];
  const visit = async (get: (url: string) => Promise<{ status(): number }>, url: string) => {
    const status = (await get(url)).status();
    if (status >= 500) failures.push(`${status} ${url.slice(0, 160)}`);
  };
  for (const query of hostile) {
    for (const path of learnerPaths) {
      await visit((u) => page.request.get(u, { maxRedirects: 0 }), `${WEB_URL}${path}${query}`);
      await visit((u) => anonymous.get(u, { maxRedirects: 0 }), `${WEB_URL}${path}${query}`);
    }
    for (const path of staffPaths)
      for (const who of [admin.request, instructor.request, page.request, anonymous])
        await visit((u) => who.get(u, { maxRedirects: 0 }), `${ADMIN_URL}${path}${query}`);
  }
  expect(failures).toEqual([]);
  await anonymous.dispose();
  await admin.close();
  await instructor.close();
});

test('both names of this machine work for both apps: sign-up and a write on 127.0.0.1', async ({
  page,
}) => {
  const web = WEB_URL.replace('localhost', '127.0.0.1');
  await page.goto(`${web}/sign-up`);
  await page.getByLabel('Name').fill('Ike Ipv4');
  const email = uniqueEmail('ipv4');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('a-long-fresh-password');
  await page.getByRole('button', { name: /sign up|create account/i }).click();
  await expect(page.getByRole('status')).toContainText('We sent a link');
  // The link names the configured address; its token works on either name.
  const link = linkIn(await mailTo(email, /Confirm your Alliance Academy email/), WEB_URL);
  await page.goto(link.replace(WEB_URL, web));
  await page.getByRole('button', { name: 'Confirm my email' }).click();
  await expect(page.getByRole('status')).toContainText('is confirmed');
  await signIn(page, web, { email, password: 'a-long-fresh-password' });
  const written = await page.request.post(`${web}/api/trpc/progress.start`, {
    headers: { origin: web },
    data: { json: { lessonId: course.modules[0]?.lessons[0]?.slug } },
  });
  expect(written.status(), await written.text()).toBe(200);
  const admin = ADMIN_URL.replace('localhost', '127.0.0.1');
  const staff = await request.newContext();
  const signedIn = await staff.post(`${admin}/api/auth/sign-in/email`, {
    headers: { origin: admin },
    data: DEMO.admin,
  });
  expect(signedIn.status(), await signedIn.text()).toBe(200);
  await staff.dispose();
});
