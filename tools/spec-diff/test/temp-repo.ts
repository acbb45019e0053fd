// Throwaway git repositories for tests: created under the OS temp dir, removed by the caller.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export interface TempRepo {
  dir: string;
  git: (...args: string[]) => string;
  write: (path: string, content: string) => void;
  commit: (message: string) => void;
  remove: () => void;
}

/** Runs git in `dir` as a fixed test identity; resolves `dir` at each call, so it may be assigned later. */
export function gitIn(dir: () => string): (...args: string[]) => string {
  return (...args) =>
    execFileSync("git", args, {
      cwd: dir(),
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: "t",
        GIT_AUTHOR_EMAIL: "t@example.com",
        GIT_COMMITTER_NAME: "t",
        GIT_COMMITTER_EMAIL: "t@example.com",
      },
    });
}

export function tempRepo(prefix = "spec-diff-"): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const git = gitIn(() => dir);
  git("init", "-q", "-b", "main");
  git("config", "commit.gpgsign", "false");
  git("config", "tag.gpgsign", "false");
  const write = (path: string, content: string): void => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  return {
    dir,
    git,
    write,
    commit: (message) => {
      git("add", "-A");
      git("commit", "-q", "--allow-empty", "-m", message);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
