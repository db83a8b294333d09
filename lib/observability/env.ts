/** An on/off environment switch: unset or `on` is on, `off` is off, anything else stops start-up. */
export function envSwitch(env: NodeJS.ProcessEnv, name: string, fallback = true): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'on') return true;
  if (raw === 'off') return false;
  throw new Error(`${name} must be on or off; got ${JSON.stringify(env[name])}`);
}
