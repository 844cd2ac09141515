import { defineConfig } from 'drizzle-kit';

// `drizzle-kit generate` needs no database; `studio` gets DATABASE_URL from src/cli/studio.ts.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: './migrations',
  dbCredentials: { url: process.env.DATABASE_URL ?? 'postgres://localhost:5432/unused' },
  strict: true,
});
