// Runs a Python file in MicroPython (its WebAssembly port, from the npm registry) and prints
// what it prints: the oracle for tests/micropython, whose modules CPython does not have.
// Usage: node oracle.mjs FILE.py (with the package installed where node finds it).
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";
import fs from "fs";

const source = fs.readFileSync(process.argv[2], "utf8");
const mp = await loadMicroPython({
  stdout: (line) => process.stdout.write(line + "\n"),
  stderr: (line) => process.stderr.write(line + "\n"),
});
try {
  mp.runPython(source);
} catch (e) {
  process.stderr.write(String(e) + "\n");
  process.exit(1);
}
