// The commands the GitHub Actions workflows run, read from their YAML.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { normalize } from "./readme.mjs";

/**
 * @typedef {Record<string, any>} Step
 * @typedef {{ name?: string, permissions?: Record<string, string>, steps?: Step[], strategy?: any, container?: any, [key: string]: any }} Job
 * @typedef {{ file: string, text: string, on: any, permissions?: unknown, jobs: Record<string, Job> }} Workflow
 * @typedef {{ file: string, job: string, step: string, command: string, via: "run" | "changesets version" | "changesets publish" }} WorkflowCommand
 */

/**
 * Every `*.yml` / `*.yaml` in `dir`, parsed. A YAML error is thrown with its file name.
 * @param {string} dir
 * @returns {Workflow[]}
 */
export function loadWorkflows(dir) {
  return readdirSync(dir)
    .filter((file) => /\.ya?ml$/.test(file))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), "utf8");
      const document = parseDocument(text);
      if (document.errors.length > 0) throw new Error(`${file}: ${document.errors.map((e) => e.message).join("; ")}`);
      const data = /** @type {Record<string, any>} */ (document.toJS() ?? {});
      return { file, text, on: data["on"], permissions: data["permissions"], jobs: data["jobs"] ?? {} };
    });
}

/**
 * Splits a `run:` script into single commands: one per line (backslash continuations joined),
 * and `a && b` as two. Comments and blank lines are dropped.
 * @param {string} script
 */
export function splitScript(script) {
  return script
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"))
    .flatMap((line) => line.split(/\s&&\s/))
    .map(normalize);
}

/**
 * Every command a workflow runs: its `run:` steps and the changesets action's `version` and
 * `publish` inputs.
 * @param {Workflow} workflow
 * @returns {WorkflowCommand[]}
 */
export function workflowCommands(workflow) {
  /** @type {WorkflowCommand[]} */
  const commands = [];
  for (const [jobId, job] of Object.entries(workflow.jobs)) {
    for (const [index, step] of (job.steps ?? []).entries()) {
      const where = { file: workflow.file, job: jobId, step: String(step["name"] ?? step["id"] ?? `step ${index + 1}`) };
      if (typeof step["run"] === "string") {
        for (const command of splitScript(step["run"])) commands.push({ ...where, command, via: "run" });
      }
      if (isChangesetsAction(step)) {
        const inputs = step["with"] ?? {};
        if (typeof inputs.version === "string") commands.push({ ...where, command: normalize(inputs.version), via: "changesets version" });
        if (typeof inputs.publish === "string") commands.push({ ...where, command: normalize(inputs.publish), via: "changesets publish" });
      }
    }
  }
  return commands;
}

/** @param {Step} step */
export function isChangesetsAction(step) {
  return typeof step["uses"] === "string" && step["uses"].startsWith("changesets/action@");
}

/**
 * @param {Step} step
 * @param {string} action e.g. "actions/deploy-pages"
 */
export function uses(step, action) {
  return typeof step["uses"] === "string" && step["uses"].startsWith(`${action}@`);
}
