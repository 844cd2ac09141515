import { securityProxy } from '@alliance/next-config/security';

/** A nonce-based Content-Security-Policy on every page (see tooling/next/security.js). */
export const proxy = securityProxy;

export const config = {
  // Pages only: not the API, Next's static files or prefetches (which carry no HTML).
  matcher: [
    {
      source: '/((?!api/|_next/static|_next/image|icon.svg|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
