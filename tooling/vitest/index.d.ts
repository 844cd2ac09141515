import type { UserConfig } from 'vitest/config';

export function vitestConfig(options?: { db?: boolean; setupFiles?: string[] }): UserConfig;
