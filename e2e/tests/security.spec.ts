import { course, lessonCode, quizzes } from '@alliance/content';
import { expect, type Page, test } from '@playwright/test';
import { ADMIN_URL, call, DEMO, signIn, signUpConfirmed, uniqueEmail, WEB_URL } from './fixtures';

/** Every tRPC mutation as the browser sends it, with the page's own session cookie. */
async function mutate<T = unknown>(
  page: Page,
  base: string,
  path: string,
  input: unknown,
): Promise<T> {
  const response = await page.request.post(`${base}/api/trpc/${path}`, {
    data: { json: input },
    headers: { 'content-type': 'application/json', origin: base },
  });
  expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

const policyOf = (header: string | undefined) =>
  Object.fromEntries(
    (header ?? '').split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );

test('both apps send a nonce-based CSP and the security headers, with a new nonce per page', async ({
  request,
}) => {
  for (const base of [WEB_URL, ADMIN_URL]) {
    const first = await request.get(`${base}/sign-in`);
    const second = await request.get(`${base}/sign-in`);
    const headers = first.headers();
    const policy = policyOf(headers['content-security-policy']);
    const nonce = policy['script-src']?.find((v: string) => v.startsWith("'nonce-"));
    expect(nonce, base).toBeDefined();
    expect(policy['script-src']).toContain("'strict-dynamic'");
    expect(policy['script-src']).not.toContain("'unsafe-inline'");
    expect(policy['script-src']).not.toContain("'unsafe-eval'");
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'self'"]);
    expect(policyOf(second.headers()['content-security-policy'])['script-src']).not.toContain(
      nonce,
    );
    // Every script of the page carries this response's nonce.
    const html = await first.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    const value = nonce?.slice("'nonce-".length, -1) ?? '';
    for (const tag of scripts) expect(tag, base).toContain(`nonce="${value}"`);

    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    // The e2e servers run in production mode, as deployed.
    expect(headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
  }
});

test('session cookies are HttpOnly and SameSite=Lax', async ({ request }) => {
  const response = await request.post(`${WEB_URL}/api/auth/sign-in/email`, {
    data: DEMO.learner,
    headers: { origin: WEB_URL },
  });
  const cookies = response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === 'set-cookie')
    .map((h) => h.value);
  const session = cookies.find((c) => /session_token=/.test(c));
  expect(session).toMatch(/HttpOnly/i);
  expect(session).toMatch(/SameSite=Lax/i);
});

test('stored XSS in names, item text, answers, essays and cohort names is shown as text and never runs', async ({
  page,
  browser,
}) => {
  const payload = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>"'><svg onload="window.__xss=3">`;
  const violations: string[] = [];
  const watch = async (p: Page) => {
    await p.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __violations: string[] }).__violations ??= [];
        (window as unknown as { __violations: string[] }).__violations.push(
          `${e.violatedDirective} ${e.blockedURI} ${e.sample} ${location.pathname}`,
        );
      });
    });
  };
  const inert = async (p: Page, where: string) => {
    await expect(p.getByText('<img src=x onerror=').first(), where).toBeVisible();
    const state = await p.evaluate(() => ({
      xss: (window as unknown as { __xss?: number }).__xss ?? null,
      injected:
        document.querySelectorAll('img[src="x"], svg[onload]').length +
        [...document.scripts].filter((s) => s.textContent?.trim().startsWith('window.__xss'))
          .length,
      violations: (window as unknown as { __violations?: string[] }).__violations ?? [],
    }));
    expect(state.xss, where).toBeNull();
    expect(state.injected, where).toBe(0);
    violations.push(...state.violations);
  };

  await watch(page);
  await signIn(page, ADMIN_URL, DEMO.admin);
  const stamp = Date.now().toString(36);
  const email = uniqueEmail('xss');
  const password = 'an-xss-test-password';
  await mutate(page, ADMIN_URL, 'cohorts.create', { cohortId: `xss-${stamp}`, name: payload });
  await mutate(page, ADMIN_URL, 'people.create', {
    name: payload,
    email,
    password,
    role: 'learner',
  });
  const itemId = `xss-${stamp}`;
  await mutate(page, ADMIN_URL, 'authoring.createItem', { itemId, type: 'choice', moduleId: null });
  await mutate(page, ADMIN_URL, 'authoring.saveDraft', {
    itemId,
    definition: {
      id: itemId,
      type: 'choice',
      prompt: payload,
      points: 1,
      options: [
        { id: 'a', text: payload, fraction: 1, feedback: payload },
        { id: 'b', text: 'Plain', fraction: 0, feedback: '' },
      ],
    },
  });

  await page.goto(`${ADMIN_URL}/cohorts`);
  await inert(page, 'cohort list');
  await page.goto(`${ADMIN_URL}/cohorts/xss-${stamp}`);
  await inert(page, 'cohort page');
  await page.goto(`${ADMIN_URL}/people?q=${encodeURIComponent(email)}`);
  await inert(page, 'people');
  await page.goto(`${ADMIN_URL}/items/${itemId}`);
  await inert(page, 'item editor and preview');

  // The learner with the payload for a name, on the learner site.
  const learner = await browser.newPage();
  await watch(learner);
  await learner.goto(`${WEB_URL}/sign-in`);
  await learner.getByLabel('Email').fill(email);
  await learner.getByLabel('Password').fill(password);
  await learner.getByRole('button', { name: 'Sign in' }).click();
  await expect(learner.getByRole('button', { name: 'Sign out' }).first()).toBeVisible();
  await learner.goto(`${WEB_URL}/sign-out`);
  await inert(learner, 'learner site, signed in');
  // Where they are signed in: this browser, marked, with a way out.
  await learner.goto(`${WEB_URL}/account`);
  await expect(learner.getByRole('heading', { name: 'Your sessions' })).toBeVisible();
  await expect(learner.getByRole('row', { name: /this device/ })).toBeVisible();
  // Their answers carry it too: a short answer and an essay, submitted, then read back in their
  // review and on the grading page.
  type Presented = { slot: string; item: { type: string } };
  const attempt = await call<{
    attemptId: string;
    sequence: number;
    presentation: {
      sections: Array<{ entries: Array<Presented | { kind: 'case'; items: Presented[] }> }>;
    };
  }>(learner.request, WEB_URL, 'attempt.start', { quizId: 'quiz-countermeasures' }, 'mutation');
  const slots = attempt.presentation.sections.flatMap((s) =>
    s.entries.flatMap((e) => ('items' in e ? e.items : [e])),
  );
  const essay = slots.find((s) => s.item.type === 'essay');
  const short = slots.find((s) => s.item.type === 'short-text');
  if (!essay || !short) throw new Error('the quiz needs an essay and a short answer');
  await call(
    learner.request,
    WEB_URL,
    'attempt.save',
    {
      attemptId: attempt.attemptId,
      sequence: attempt.sequence + 1,
      responses: {
        [essay.slot]: { response: { text: `Essay: ${payload}` }, base: attempt.sequence },
        [short.slot]: { response: { text: `Short: ${payload}` }, base: attempt.sequence },
      },
    },
    'mutation',
  );
  await call(
    learner.request,
    WEB_URL,
    'attempt.submit',
    { attemptId: attempt.attemptId },
    'mutation',
  );
  await learner.goto(`${WEB_URL}/attempts/${attempt.attemptId}/review`);
  await expect(learner.getByText(/^Essay: <img src=x/)).toBeVisible();
  // The short answer, quoted in its score breakdown (and as the value of its disabled field).
  await expect(
    learner.getByText(/^Score: .Short: <img src=x.*matches no accepted answer/),
  ).toBeVisible();
  await inert(learner, 'review of their answers');
  await page.goto(`${ADMIN_URL}/grading/${attempt.attemptId}/${encodeURIComponent(essay.slot)}`);
  await expect(page.getByText(/^Essay: <img src=x/)).toBeVisible();
  await inert(page, 'grading an essay');
  await page.goto(`${ADMIN_URL}/grading?quiz=quiz-countermeasures`);
  await inert(page, 'grading queue');
  // The pages with the most client code run under the policy without a single violation.
  for (const path of ['/', '/lessons/path-dependence', '/quizzes/quiz-building', '/progress']) {
    await learner.goto(`${WEB_URL}${path}`);
    await learner.waitForLoadState('networkidle');
    violations.push(
      ...(await learner.evaluate(
        () => (window as unknown as { __violations?: string[] }).__violations ?? [],
      )),
    );
  }
  await learner.close();
  await page.goto(`${ADMIN_URL}/quizzes/quiz-building/analysis`);
  await page.goto(`${ADMIN_URL}/cohorts/xss-${stamp}/dashboard`);
  await page.waitForLoadState('networkidle');
  violations.push(
    ...(await page.evaluate(
      () => (window as unknown as { __violations?: string[] }).__violations ?? [],
    )),
  );

  expect(violations).toEqual([]);
});

test('no learner page shows a key, feedback or explanation before submission', async ({ page }) => {
  // Every lesson and quiz page is read in full: the number of pages, not any one of them, takes the time.
  test.setTimeout(90_000);
  // Every item's explanation and option feedback, as it would appear in the HTML or its payload.
  const items = quizzes.flatMap((q) => [
    ...q.definition.sections.flatMap((s) =>
      s.entries.flatMap((e) =>
        e.kind === 'item' ? [e.item] : e.kind === 'case' ? e.case.items : [],
      ),
    ),
    ...q.definition.pool.items,
    ...q.definition.pool.cases.flatMap((c) => c.items),
  ]);
  // A 40-character stretch from the second half of each text (the first half often restates the
  // lesson), made of characters that HTML and the page's data payload leave as they are, and
  // found in nothing a learner may see: lessons, prompts, options, cases.
  const visibleText = [
    ...course.modules.flatMap((m) => m.lessons.map((l) => lessonCode(l.slug) ?? '')),
    ...items.map((item) =>
      JSON.stringify(item).replace(/"(explanation|feedback)":"(?:[^"\\]|\\.)*"/g, ''),
    ),
    ...quizzes.flatMap((q) =>
      q.definition.sections.flatMap((s) =>
        s.entries.flatMap((e) => (e.kind === 'case' ? [e.case.stimulus] : [])),
      ),
    ),
    ...quizzes.flatMap((q) => q.definition.pool.cases.map((c) => c.stimulus)),
  ].join('\n');
  const secrets = [
    ...new Set(
      items
        .flatMap((item) => [
          item.explanation,
          ...(item.type === 'choice' || item.type === 'multiple-response'
            ? item.options.map((o) => o.feedback)
            : []),
        ])
        .flatMap((text) => {
          for (let at = Math.floor(text.length / 2); at + 40 <= text.length; at++) {
            const window = text.slice(at, at + 40);
            if (/^[\w ,.;:()-]+$/.test(window)) return [window];
          }
          return [];
        })
        .filter((window) => !visibleText.includes(window)),
    ),
  ];
  expect(secrets.length).toBeGreaterThan(50);

  await signUpConfirmed(page, {
    name: 'Lee Leak',
    email: uniqueEmail('leak'),
    password: 'a-long-leak-password',
  });

  const paths = [
    '/',
    '/overview',
    '/progress',
    '/review',
    '/glossary',
    ...course.modules.flatMap((m) => m.lessons.map((l) => `/lessons/${l.slug}`)),
  ];
  for (const quiz of quizzes) {
    const started = await mutate<{ attemptId: string }>(page, WEB_URL, 'attempt.start', {
      quizId: quiz.id,
    });
    paths.push(`/quizzes/${quiz.id}`, `/attempts/${started.attemptId}`);
  }
  for (const path of paths) {
    const response = await page.request.get(`${WEB_URL}${path}`);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    for (const secret of secrets) expect(html.includes(secret), `${path}: ${secret}`).toBe(false);
  }
});
