import { nextConfig } from '@alliance/next-config';

export default nextConfig();
