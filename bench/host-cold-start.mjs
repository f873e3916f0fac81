// Measures the host's cold start: process spawn → `hello` sent → first reply frame read.
// Usage: node bench/host-cold-start.mjs PATH/TO/safebrowse-host [runs=15]
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [hostPath, runsArgument = "15"] = process.argv.slice(2);
if (!hostPath) {
  console.error("usage: node bench/host-cold-start.mjs PATH/TO/safebrowse-host [runs]");
  process.exit(2);
}
const origin = "chrome-extension://kenkdnfcmdmplmpolpcjmdablipobohb/";

function frame(message) {
  const body = Buffer.from(JSON.stringify(message), "utf8");
  const header = Buffer.alloc(4);
  header.writeUInt32LE(body.length);
  return Buffer.concat([header, body]);
}

function once(dataDirectory) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const host = spawn(hostPath, [origin, "--data-dir", dataDirectory], { stdio: ["pipe", "pipe", "inherit"] });
    let received = Buffer.alloc(0);
    host.on("error", reject);
    host.stdout.on("data", (chunk) => {
      received = Buffer.concat([received, chunk]);
      if (received.length >= 4 && received.length >= 4 + received.readUInt32LE(0)) {
        const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
        const reply = JSON.parse(received.subarray(4, 4 + received.readUInt32LE(0)).toString("utf8"));
        host.stdin.end();
        host.on("exit", () => resolve({ elapsed, reply }));
      }
    });
    host.stdin.write(frame({ v: 1, id: "cold", type: "hello" }));
  });
}

const runs = Number(runsArgument);
const timings = [];
for (let run = 0; run < runs; run++) {
  const dataDirectory = mkdtempSync(join(tmpdir(), "safebrowse-bench-"));
  const { elapsed, reply } = await once(dataDirectory);
  rmSync(dataDirectory, { recursive: true, force: true });
  if (!reply.ok || reply.modelState === "unavailable") throw new Error(`unexpected reply: ${JSON.stringify(reply)}`);
  timings.push(elapsed);
  process.stderr.write(`run ${run + 1}/${runs}: ${elapsed.toFixed(0)} ms\n`);
}
timings.sort((a, b) => a - b);
const at = (q) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))];
console.log(`cold start to first reply over ${runs} runs: median ${at(0.5).toFixed(0)} ms, min ${timings[0].toFixed(0)} ms, p90 ${at(0.9).toFixed(0)} ms`);
