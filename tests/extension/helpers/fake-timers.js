// Deterministic timers: tests move time forward explicitly instead of sleeping.
export class FakeTimers {
  now = 0;
  #next = 1;
  #timers = new Map();

  setTimeout = (fn, ms = 0) => {
    const id = this.#next++;
    this.#timers.set(id, { at: this.now + ms, fn });
    return id;
  };

  clearTimeout = (id) => {
    this.#timers.delete(id);
  };

  get pending() {
    return this.#timers.size;
  }

  async advance(ms) {
    const until = this.now + ms;
    for (;;) {
      await settle();
      const due = [...this.#timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      const [id, timer] = due;
      this.#timers.delete(id);
      this.now = timer.at;
      timer.fn();
    }
    this.now = until;
    await settle();
  }
}

export const settle = () => new Promise((resolve) => setImmediate(resolve));
