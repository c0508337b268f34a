/**
 * Integration suites need their real server. The jest global setup starts them; a
 * missing URL is a broken setup and must fail loudly, never skip quietly.
 */
export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: start the servers with infra/start.sh (jest's global setup does it)`);
  return value;
}
