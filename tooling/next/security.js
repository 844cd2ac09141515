import { NextResponse } from 'next/server';

/**
 * The Content-Security-Policy of both apps for one response. Scripts run only with this
 * response's nonce ('strict-dynamic' lets those scripts load Next's chunks), so an injected
 * <script> or event handler never runs; nothing may frame the apps; forms post and fetches go to
 * our own origin only. Styles allow inline attributes (charts size their bars with them); no
 * script can be smuggled through a style. Development adds 'unsafe-eval' for React's dev tools.
 *
 * @param {string} nonce
 * @param {{ dev?: boolean }} [options]
 */
export function contentSecurityPolicy(nonce, { dev = false } = {}) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The apps' proxy (Next's per-request hook): a fresh nonce per page, passed to Next on the
 * request (it puts the nonce on its own scripts) and sent to the browser in the CSP header.
 *
 * @param {import('next/server').NextRequest} request
 */
export function securityProxy(request) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === 'development' });
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}
