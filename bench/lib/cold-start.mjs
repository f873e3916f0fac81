// Cold start as a child meets it: spawn → `hello` answered, and spawn → the first `score` answered (which waits
// for the model). The extension sends both at once here, as it does when a chat page is already open.
// Each host is measured with a fresh data folder (first start ever: the database is created) and a kept one
// (every later start), the runs of all four kinds interleaved so they share the machine's load.
import { rmSync } from "node:fs";
import { ChatTraffic } from "./chat-traffic.mjs";
import { HostSession, newDataDirectory } from "./host-session.mjs";
import { progress } from "./progress.mjs";

const INSTALL = "bench-install-0000000001";

// A host that only answers (`helloOnly`, the least host) is sent the `hello` alone: it scores nothing.
async function once(host, label, problems, dataDirectory, scoreFrame) {
  const session = new HostSession(host, label, problems, dataDirectory ?? undefined);
  const hello = session.host.request({ v: 1, id: "cold-hello", type: "hello", install: INSTALL });
  const score = host.helloOnly ? null : session.host.sendFrame(scoreFrame, "cold-score");
  score?.catch(() => {}); // awaited below; a host that dies must not also be an unhandled rejection
  const helloReply = await hello;
  const scoreReply = await score;
  await session.finish({ keepData: dataDirectory !== null });
  for (const { reply } of [helloReply, scoreReply ?? helloReply]) {
    if (!reply.ok) throw new Error(`${label}: ${reply.type} failed: ${JSON.stringify(reply.error)}`);
  }
  const since = (reply) => (reply ? reply.receivedAt - session.host.startedAt : NaN);
  return { hello: since(helloReply), score: since(scoreReply) };
}

/**
 * `hosts`: [{ name, path, expectedLog, helloOnly }]. Returns { [hostName]: { fresh: {hello[], score[]}, kept: {…} } }
 * in ms; a hello-only host's score times are NaN.
 */
export async function measureColdStart(hosts, runs, problems) {
  const scoreFrame = new ChatTraffic({ seed: 11, conversations: 30 }).nextFrame("cold-score", 10);
  const results = {};
  const keptFolders = {};
  for (const host of hosts) {
    const { name } = host;
    results[name] = { fresh: { hello: [], score: [] }, kept: { hello: [], score: [] } };
    keptFolders[name] = newDataDirectory();
    await once(host, `cold start ${name} (priming the kept folder)`, problems, keptFolders[name], scoreFrame);
  }

  for (let run = 1; run <= runs; run++) {
    const line = [];
    for (const kind of ["fresh", "kept"]) {
      for (const host of hosts) {
        const { name } = host;
        const folder = kind === "kept" ? keptFolders[name] : null;
        const timing = await once(host, `cold start ${name} ${kind}`, problems, folder, scoreFrame);
        results[name][kind].hello.push(timing.hello);
        results[name][kind].score.push(timing.score);
        line.push(`${name} ${kind} ${timing.hello.toFixed(0)}${host.helloOnly ? "" : `/${timing.score.toFixed(0)}`} ms`);
      }
    }
    progress(`cold start ${run}/${runs} (hello/score): ${line.join(", ")}`);
  }

  for (const folder of Object.values(keptFolders)) rmSync(folder, { recursive: true, force: true });
  return results;
}
