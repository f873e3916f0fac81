// One published host spawned the way Chromium spawns it, spoken to over its real stdin/stdout pipes.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { encodeFrame, FrameDecoder } from "./frames.mjs";

export const ORIGIN = "chrome-extension://kenkdnfcmdmplmpolpcjmdablipobohb/";
const EXIT_WAIT_MS = 15_000;
const STDERR_KEPT_BYTES = 4_096;

export class HostExitedError extends Error {}

export class HostProcess {
  #child;
  #decoder = new FrameDecoder();
  #waiting = [];
  #exit;
  #stderr = "";
  startedAt;
  unsolicitedFrames = 0;

  /** Spawns the host; `startedAt` (performance.now()) is taken just before spawn, as the cold start counts from it. */
  constructor(hostPath, dataDirectory) {
    this.startedAt = performance.now();
    this.#child = spawn(hostPath, [ORIGIN, "--data-dir", dataDirectory], { stdio: ["pipe", "pipe", "pipe"] });
    this.#exit = new Promise((resolve) => {
      // "close", not "exit": the last reply frames may still be in the pipe when the process has exited.
      this.#child.on("close", (code, signal) => resolve({ code, signal }));
      this.#child.on("error", (error) => resolve({ code: null, signal: null, error }));
    });
    this.#exit.then((status) => this.#failWaiting(status));
    this.#child.stdout.on("data", (chunk) => this.#receive(chunk));
    this.#child.stderr.on("data", (chunk) => {
      this.#stderr = (this.#stderr + chunk.toString("utf8")).slice(-STDERR_KEPT_BYTES);
    });
    // A host that dies makes writes fail with EPIPE; the exit handler reports it.
    this.#child.stdin.on("error", () => {});
  }

  get pid() {
    return this.#child.pid;
  }

  get stderr() {
    return this.#stderr;
  }

  /** Sends one request object; resolves with { reply, ms, receivedAt } once its reply frame is read. */
  request(message) {
    return this.sendFrame(encodeFrame(message), message.id);
  }

  /** Sends a frame built beforehand, so building it is not timed. */
  sendFrame(frame, id) {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ id, resolve, reject, sentAt: performance.now() });
      this.#child.stdin.write(frame);
    });
  }

  /**
   * VmRSS, its parts (anonymous: heaps; file: the mapped single-file bundle and native libraries; shmem: the
   * runtime's second, writable mapping of JIT-compiled code) and VmHWM, in KiB, from /proc.
   */
  memory() {
    const status = readFileSync(`/proc/${this.pid}/status`, "utf8");
    const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
    return { rssKiB: field("VmRSS"), anonKiB: field("RssAnon"), fileKiB: field("RssFile"), shmemKiB: field("RssShmem"), peakKiB: field("VmHWM") };
  }

  /** Closes stdin as the browser does and waits for the host to exit; kills it (and says so) if it does not. */
  async close() {
    this.#child.stdin.end();
    let timer;
    const timedOut = new Promise((resolve) => {
      timer = setTimeout(() => resolve(null), EXIT_WAIT_MS);
    });
    const status = await Promise.race([this.#exit, timedOut]);
    clearTimeout(timer);
    if (status) return { ...status, exitedOnEof: true };
    this.#child.kill("SIGKILL");
    return { ...(await this.#exit), exitedOnEof: false };
  }

  #receive(chunk) {
    const now = performance.now();
    for (const body of this.#decoder.push(chunk)) {
      const waiter = this.#waiting.shift();
      if (!waiter) {
        this.unsolicitedFrames++;
        continue;
      }
      let reply;
      try {
        reply = JSON.parse(body.toString("utf8"));
      } catch {
        waiter.reject(new Error(`the reply to ${waiter.id} is not JSON (${body.length} bytes)`));
        continue;
      }
      if (reply.id !== waiter.id) waiter.reject(new Error(`reply id ${reply.id} does not match request ${waiter.id}`));
      else waiter.resolve({ reply, ms: now - waiter.sentAt, receivedAt: now });
    }
  }

  #failWaiting(status) {
    const how = status.error ? status.error.message : `code ${status.code}, signal ${status.signal}`;
    const detail = this.#stderr.trim() ? `; stderr: ${this.#stderr.trim().slice(-600)}` : "";
    for (const waiter of this.#waiting.splice(0)) {
      waiter.reject(new HostExitedError(`host exited (${how}) with request ${waiter.id} unanswered${detail}`));
    }
  }
}
