#!/usr/bin/env node
// Runs every client benchmark in one go and prints the figures and ratios.
// Not a test: numbers depend on the machine and its load.
import { benchBundle, printBundle } from "./bundle.mjs";
import { benchCpu, printCpu } from "./cpu.mjs";
import { benchThroughput, printThroughput } from "./throughput.mjs";

console.log(`@leadping/client benchmarks on Node ${process.version}\n`);
printCpu(await benchCpu());
console.log();
printThroughput(await benchThroughput());
console.log();
printBundle(await benchBundle());
