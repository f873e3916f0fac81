// A host run with a data folder of its own: started, checked on the way out (exit on EOF, stderr, warnings and
// errors in its log) and cleaned up. Whatever looks wrong is collected as a problem for the report.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HostProcess } from "./host-process.mjs";

const LOG_LEVELS_OF_CONCERN = /\[(WRN|ERR|FTL)\]/;

export function newDataDirectory() {
  return mkdtempSync(join(tmpdir(), "safebrowse-bench-"));
}

export function logConcerns(dataDirectory) {
  const logs = join(dataDirectory, "logs");
  let files;
  try {
    files = readdirSync(logs);
  } catch {
    return [];
  }
  return files.flatMap((file) => readFileSync(join(logs, file), "utf8").split("\n").filter((line) => LOG_LEVELS_OF_CONCERN.test(line)));
}

export class HostSession {
  #problems;
  #expectedLog;

  /**
   * `host`: { path, expectedLog } (a pattern for log lines that are no problem for this host); `problems` collects
   * what the report lists under "Problems seen"; `label` names the run in it.
   */
  constructor(host, label, problems, dataDirectory = newDataDirectory()) {
    this.label = label;
    this.#expectedLog = host.expectedLog ?? null;
    this.dataDirectory = dataDirectory;
    this.#problems = problems;
    this.host = new HostProcess(host.path, dataDirectory);
  }

  /** Closes stdin and records anything wrong; `keepData` leaves the folder for the next run. */
  async finish({ keepData = false } = {}) {
    const status = await this.host.close();
    if (!status.exitedOnEof) this.#problems.push(`${this.label}: the host did not exit within 15 s of stdin closing (killed)`);
    else if (status.code !== 0) this.#problems.push(`${this.label}: the host exited with code ${status.code}, signal ${status.signal}`);
    if (this.host.unsolicitedFrames > 0) this.#problems.push(`${this.label}: the host sent ${this.host.unsolicitedFrames} frames nobody asked for`);
    if (this.host.stderr.trim()) this.#problems.push(`${this.label}: the host wrote to stderr: ${this.host.stderr.trim().slice(0, 300)}`);
    const concerns = logConcerns(this.dataDirectory).filter((line) => !this.#expectedLog?.test(line));
    if (concerns.length > 0) {
      this.#problems.push(`${this.label}: ${concerns.length} warning/error lines in the host log, first: ${concerns[0].slice(0, 300)}`);
    }
    if (!keepData) rmSync(this.dataDirectory, { recursive: true, force: true });
    return status;
  }
}
