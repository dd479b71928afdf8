/**
 * SIGINT/SIGTERM as an AbortSignal: the first asks the run to stop taking work and finish what is in
 * flight; a second exits at once (committed work is safe either way).
 */
export function stopSignal(): { signal: AbortSignal; dispose(): void } {
  const ctl = new AbortController();
  const onSignal = (name: NodeJS.Signals) => {
    if (ctl.signal.aborted) process.exit(130);
    console.error(`\ndyad: ${name}: finishing the articles in flight (again to quit now)`);
    ctl.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: ctl.signal,
    dispose() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
