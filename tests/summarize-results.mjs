// Reads the suite's result files (node's TAP, .NET's TRX) from one folder and prints the tests skipped for their
// environment with the reason each gave, then the plain last line "N passed, N failed, N skipped": a test that could
// not run on this machine is neither a pass nor hidden. Exits 1 when a test failed or none ran.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const folder = process.argv[2];
const files = (dir, ending) => {
  try {
    return readdirSync(dir).filter((name) => name.endsWith(ending)).map((name) => join(dir, name));
  } catch {
    return [];
  }
};

const decode = (text) =>
  text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

// Top-level "# pass N" lines are the run's totals; "ok N - name # SKIP reason" at any depth is one skipped test.
function readTap(path) {
  const text = readFileSync(path, "utf8");
  const total = (word) => [...text.matchAll(new RegExp(`^# ${word} (\\d+)$`, "gm"))].reduce((sum, match) => sum + Number(match[1]), 0);
  const skipped = [...text.matchAll(/^\s*ok \d+ - (.*?) # SKIP ?(.*)$/gm)].map((match) => ({ name: match[1], reason: match[2] || "no reason given" }));
  return { passed: total("pass"), failed: total("fail") + total("cancelled"), skipped };
}

// The first Counters element holds the totals; a test that did not run (Assert.Inconclusive, [Ignore]) is NotExecuted,
// its reason in its message.
function readTrx(path) {
  const text = readFileSync(path, "utf8");
  const counters = text.match(/<Counters [^>]*>/)?.[0] ?? "";
  const counter = (name) => Number(counters.match(new RegExp(` ${name}="(\\d+)"`))?.[1] ?? 0);
  const classes = new Map([...text.matchAll(/<UnitTest name="[^"]*"[^>]* id="([^"]+)">[\s\S]*?className="([^"]+)"/g)].map((match) => [match[1], match[2]]));
  const skipped = [...text.matchAll(/<UnitTestResult [^>]*testId="([^"]+)" testName="([^"]+)"[^>]*outcome="(?:NotExecuted|Inconclusive)"[^>]*>([\s\S]*?)<\/UnitTestResult>/g)].map(
    (match) => ({
      name: `${classes.get(match[1])?.split(".").at(-1) ?? ""}.${decode(match[2])}`.replace(/^\./, ""),
      reason: decode(match[3].match(/<Message>([\s\S]*?)<\/Message>/)?.[1] ?? "no reason given").replace(/^Assert\.Inconclusive\. /, "").trim(),
    }),
  );
  return { passed: counter("passed"), failed: counter("failed") + counter("error") + counter("timeout") + counter("aborted"), skipped };
}

const sum = (results) => ({
  passed: results.reduce((total, result) => total + result.passed, 0),
  failed: results.reduce((total, result) => total + result.failed, 0),
  skipped: results.flatMap((result) => result.skipped),
});

const js = sum(files(folder, ".tap").map(readTap));
const dotnet = sum(files(join(folder, "trx"), ".trx").map(readTrx));
const all = sum([js, dotnet]);

if (all.skipped.length > 0) {
  console.log("Skipped on this machine:");
  for (const { name, reason } of all.skipped) console.log(`  ${name}: ${reason}`);
}
console.log(
  `JavaScript (extension, Firefox): ${js.passed} passed, ${js.failed} failed, ${js.skipped.length} skipped; ` +
    `.NET: ${dotnet.passed} passed, ${dotnet.failed} failed, ${dotnet.skipped.length} skipped`,
);
if (all.passed === 0) console.error("No test ran.");
console.log(`${all.passed} passed, ${all.failed} failed, ${all.skipped.length} skipped`);
process.exitCode = all.passed === 0 || all.failed > 0 ? 1 : 0;
