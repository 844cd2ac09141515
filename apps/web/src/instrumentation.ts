/**
 * Runs once when the server starts: refuse to start with a clear message if the environment is
 * incomplete, instead of failing on the first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkEnvOrExit } = await import('@alliance/auth/env');
    checkEnvOrExit();
  }
}
