// Thin wrappers over the git CLI, run in the repository being checked.
import { execFileSync } from "node:child_process";

/** Runs git and returns its stdout; throws with git's stderr on failure. */
export function git(repoDir: string, args: string[]): string {
  try {
    return execFileSync("git", args, { cwd: repoDir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`git ${args.join(" ")} failed${stderr ? `: ${stderr}` : ""}`, { cause: error });
  }
}

/** Whether `ref` names a commit in this clone. */
export function refExists(repoDir: string, ref: string): boolean {
  try {
    git(repoDir, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

export function isShallow(repoDir: string): boolean {
  try {
    return git(repoDir, ["rev-parse", "--is-shallow-repository"]).trim() === "true";
  } catch {
    return false;
  }
}

/** The content of `path` at `ref`, or null when the file does not exist there. */
export function showFile(repoDir: string, ref: string, path: string): string | null {
  try {
    return git(repoDir, ["show", `${ref}:${path}`]);
  } catch {
    return null;
  }
}
