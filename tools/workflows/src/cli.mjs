#!/usr/bin/env node
// `pnpm --filter @leadping/workflow-check check [root]`: prints each problem, exits 1 if any.
import { checkWorkflows } from "./check.mjs";
import { repoRoot } from "./paths.mjs";

const problems = checkWorkflows(process.argv[2] ?? repoRoot);
for (const problem of problems) console.error(`workflows: ${problem}`);
if (problems.length === 0) console.log("workflows: the commands the workflows run are the README's");
process.exitCode = problems.length === 0 ? 0 : 1;
