import { vitestConfig } from '@alliance/vitest-config';

export default vitestConfig({ setupFiles: ['./vitest.setup.ts'] });
