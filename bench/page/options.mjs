// What the page benches take on their command lines, checked before any browser starts: a mistake stops the run
// with its reason on stderr and exit code 2.
const stop = (reason) => {
  process.stderr.write(`${reason}\n`);
  process.exit(2);
};

/** The named options as whole numbers, each at least its minimum: { name: minimum } → { name: value }. */
export const wholeNumbers = (options, minimums) =>
  Object.fromEntries(
    Object.entries(minimums).map(([name, minimum]) => {
      const value = Number(options[name]);
      if (!Number.isInteger(value) || value < minimum) stop(`--${name} must be a whole number, at least ${minimum}`);
      return [name, value];
    }),
  );

/** NAME=PATH arguments as { name, path }, at least one: the copies of a file a bench compares. */
export function namedCopies(positionals, file) {
  const copies = positionals.map((spec) => {
    const [name, path] = spec.split("=");
    if (!name || !path) stop(`"${spec}" is not NAME=PATH/TO/${file}`);
    return { name, path };
  });
  if (copies.length === 0) stop(`name at least one copy: NAME=PATH/TO/${file}`);
  return copies;
}
