// Counts from a deadline, not by ticks, so a throttled background tab still shows the true wait.
export function startCountdown({ seconds, onTick, onDone, timers = globalThis, now = () => Date.now() }) {
  const deadline = now() + seconds * 1000;
  let timer = null;

  function tick() {
    const left = Math.ceil((deadline - now()) / 1000);
    if (left <= 0) {
      timer = null;
      onDone();
      return;
    }
    onTick(left);
    timer = timers.setTimeout(tick, Math.min(1000, deadline - now()));
  }

  tick();
  return {
    stop() {
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
    },
  };
}
