/**
 * The Next.js settings both apps share: our workspace packages compiled from source, no
 * telemetry or "powered by" header, and security headers on every response (the per-page
 * Content-Security-Policy with its nonce comes from each app's proxy: ./security.js).
 *
 * @param {import('next').NextConfig} [overrides]
 * @returns {import('next').NextConfig}
 */
export function nextConfig(overrides = {}) {
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    transpilePackages: [
      '@alliance/api',
      '@alliance/auth',
      '@alliance/content',
      '@alliance/db',
      '@alliance/mail',
      '@alliance/qti',
      '@alliance/quiz-engine',
      '@alliance/ui',
    ],
    async headers() {
      return [
        {
          source: '/:path*',
          headers: [
            { key: 'X-Content-Type-Options', value: 'nosniff' },
            { key: 'X-Frame-Options', value: 'DENY' },
            { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
            { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
            { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
            // Browsers heed HSTS over HTTPS only; production is served over HTTPS.
            ...(process.env.NODE_ENV === 'production'
              ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]
              : []),
          ],
        },
      ];
    },
    ...overrides,
  };
}
