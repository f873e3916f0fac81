// Progress on stderr with the time since the run began, so stdout carries nothing but the report.
const began = performance.now();

export function progress(text) {
  const seconds = Math.round((performance.now() - began) / 1000);
  const clock = `${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
  process.stderr.write(`[host-pipe ${clock}] ${text}\n`);
}
