import { vitestConfig } from '@alliance/vitest-config';

export default vitestConfig({ db: true });
