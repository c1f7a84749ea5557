// Loads browser-side source files (plain scripts that share one scope once bundled) into a fresh context, so
// their pure functions can be tested in node without a browser.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const EXTENSION = fileURLToPath(new URL("../../extension/", import.meta.url));

export function load(files, names, globals = {}) {
  const context = vm.createContext({ ...globals });
  const source = files.map((f) => readFileSync(EXTENSION + f, "utf8")).join("\n;\n");
  // Top-level function and const declarations are not properties of the context: hand them out explicitly.
  vm.runInContext(`${source}\n;globalThis.__exports = { ${names.join(", ")} };`, context, { filename: files.join("+") });
  return context.__exports;
}
