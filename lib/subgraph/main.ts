/** Keeps a service running until SIGINT/SIGTERM, then closes it (connections, database) and exits. */
export async function runUntilSignalled(start: () => Promise<{ close(): Promise<void> }>): Promise<void> {
  const running = await start();
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => void running.close().finally(() => process.exit(0)));
  }
}
