import { nextConfig } from '@alliance/next-config';

// authInterrupts: forbidden() answers a learner with a real 403 and app/forbidden.tsx.
export default nextConfig({ experimental: { authInterrupts: true } });
