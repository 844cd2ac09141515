import { createServer, type Server } from 'node:http';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message the catcher received. */
export interface CaughtMessage {
  id: number;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  receivedAt: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The local mail catcher `npm start` runs when no SMTP_URL is set: a real SMTP server that keeps
 * every message in memory (the newest 500) instead of delivering it, and an inbox at
 * `http://localhost:<webPort>/` to read them (JSON at `/api/messages`, for tests). Nothing leaves
 * the machine.
 */
export async function startMailCatcher({
  smtpPort,
  webPort,
}: {
  smtpPort: number;
  webPort: number;
}) {
  const messages: CaughtMessage[] = [];
  let next = 1;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, session, done) {
      simpleParser(stream)
        .then((mail) => {
          messages.unshift({
            id: next++,
            from: mail.from?.text ?? '',
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
            receivedAt: new Date().toISOString(),
          });
          messages.splice(500);
          done();
        })
        .catch((error: Error) => done(error));
    },
  });
  const web: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://catcher.local');
    res.setHeader('cache-control', 'no-store');
    if (url.pathname === '/api/messages') {
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(JSON.stringify(messages));
      return;
    }
    const one = /^\/messages\/(\d+)$/.exec(url.pathname);
    const message = one ? messages.find((m) => m.id === Number(one[1])) : undefined;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    // The message's own HTML is shown in a sandboxed frame: no script of it runs.
    res.setHeader(
      'content-security-policy',
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-src 'self'",
    );
    const style =
      'body{font:16px system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#1f2933}' +
      'a{color:#1d4f91}li{margin:.5rem 0}iframe{width:100%;height:60vh;border:1px solid #cbd2d9}' +
      'pre{white-space:pre-wrap}.muted{color:#52606d}@media (prefers-color-scheme:dark){body{background:#111827;color:#e5e7eb}a{color:#93c5fd}}';
    if (one && !message) res.statusCode = 404;
    res.end(
      message
        ? `<!doctype html><html lang="en"><meta charset="utf-8"><title>${escapeHtml(message.subject)}</title><style>${style}</style>
<p><a href="/">← All messages</a></p><h1>${escapeHtml(message.subject)}</h1>
<p class="muted">To ${escapeHtml(message.to.join(', '))} · from ${escapeHtml(message.from)} · ${escapeHtml(message.receivedAt)}</p>
<iframe title="The message" sandbox srcdoc="${escapeHtml(message.html)}"></iframe>
<h2>Plain text</h2><pre>${escapeHtml(message.text)}</pre></html>`
        : `<!doctype html><html lang="en"><meta charset="utf-8"><title>Mail caught on this machine</title><style>${style}</style>
<h1>Mail caught on this machine</h1>
<p class="muted">Everything the apps send while running locally lands here; nothing leaves the machine.</p>
${
  messages.length
    ? `<ul>${messages
        .map(
          (m) =>
            `<li><a href="/messages/${m.id}">${escapeHtml(m.subject || '(no subject)')}</a> <span class="muted">to ${escapeHtml(m.to.join(', '))}, ${escapeHtml(m.receivedAt)}</span></li>`,
        )
        .join('')}</ul>`
    : '<p>No mail yet. Ask for a password reset or invite someone, then reload.</p>'
}</html>`,
    );
  });
  await new Promise<void>((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(smtpPort, '127.0.0.1', () => resolve());
  });
  await new Promise<void>((resolve, reject) => {
    web.once('error', reject);
    web.listen(webPort, () => resolve());
  });
  return {
    messages,
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    inboxUrl: `http://localhost:${webPort}/`,
    stop: () =>
      Promise.all([
        new Promise<void>((resolve) => smtp.close(() => resolve())),
        new Promise<void>((resolve) => web.close(() => resolve())),
      ]),
  };
}
