// Fresh consumer projects outside the workspace: installed from the local
// registry with npm, then run and type-checked against the installed packages.
import { execFile } from "node:child_process";
import { cp, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { toolsDir } from "./workspace.mjs";

const execFileAsync = promisify(execFile);
const fixtures = join(toolsDir, "fixtures", "consumers");
const tsc = join(toolsDir, "node_modules", "typescript", "bin", "tsc");

/** A TypeScript consumer also needs Node's types; the version the workspace pins. @default "20.19.43" */
export const consumerTypesNodeVersion = "20.19.43";

/**
 * Creates `dir` from the fixture `kind` and installs the given release into it.
 * @param {"esm" | "cjs"} kind
 * @param {string} dir a fresh dir under os.tmpdir()
 * @param {string} version the released version of every @leadping/* package
 * @param {NodeJS.ProcessEnv} env npm environment pointed at the local registry
 */
export async function createConsumer(kind, dir, version, env) {
  await cp(join(fixtures, kind), dir, { recursive: true });
  const manifest = {
    name: `leadping-consumer-${kind}`,
    version: "1.0.0",
    private: true,
    ...(kind === "esm" ? { type: "module" } : {}),
    dependencies: {
      "@leadping/client": version,
      "@leadping/mock-server": version,
      "@leadping/redis": version,
      "@leadping/types": version,
    },
    devDependencies: { "@types/node": consumerTypesNodeVersion },
  };
  await writeFile(join(dir, "package.json"), JSON.stringify(manifest, null, 2));
  await runIn(dir, "npm", ["install", "--no-audit", "--no-fund", "--prefer-online"], env);
  return dir;
}

/**
 * Runs the consumer's update-lead.js with `nodeBinary` and returns what it printed.
 * @param {string} dir
 * @param {string} nodeBinary
 * @returns {Promise<{ module: string, node: string, id: string, updatedId: string, updatedLastName?: string, storedLastName?: string, calls: string[], contractTitle?: string }>}
 */
export async function runNodeConsumer(dir, nodeBinary) {
  const { stdout } = await runIn(dir, nodeBinary, ["update-lead.js"], process.env);
  const lastLine = stdout.trim().split("\n").pop() ?? "";
  return JSON.parse(lastLine);
}

/**
 * Type-checks the consumer with one of its tsconfig files; resolves to tsc's output when it passes.
 * @param {string} dir
 * @param {string} tsconfig file name, e.g. "tsconfig.node16.json"
 */
export async function typecheckConsumer(dir, tsconfig) {
  const { stdout } = await runIn(dir, process.execPath, [tsc, "-p", tsconfig], process.env);
  return stdout;
}

/**
 * @param {string} cwd
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 */
async function runIn(cwd, command, args, env) {
  try {
    // A hung consumer is killed rather than left behind the test run.
    return await execFileAsync(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024, timeout: 240_000, killSignal: "SIGKILL" });
  } catch (error) {
    const { stdout = "", stderr = "" } = /** @type {{ stdout?: string, stderr?: string }} */ (error);
    throw new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${stdout}\n${stderr}`, { cause: error });
  }
}
