// What the root README says the commands are. The workflows are checked against these,
// so the README and CI cannot drift apart.

/**
 * The text of the `## heading` section, up to the next `## ` heading; undefined when absent.
 * @param {string} markdown
 * @param {string} heading
 */
export function readmeSection(markdown, heading) {
  const lines = markdown.split("\n");
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start === -1) return undefined;
  const end = lines.findIndex((line, i) => i > start && /^## /.test(line));
  return lines.slice(start + 1, end === -1 ? undefined : end).join("\n");
}

/**
 * Every command line of the section's fenced code blocks, with its trailing `# comment`.
 * @param {string} section
 * @returns {{ command: string, comment: string }[]}
 */
export function codeBlockCommands(section) {
  /** @type {{ command: string, comment: string }[]} */
  const commands = [];
  for (const [, body = ""] of section.matchAll(/```[a-z]*\n([\s\S]*?)```/g)) {
    for (const line of body.split("\n")) {
      const match = /^(.*?)(?:\s+#\s*(.*))?$/.exec(line.trim());
      const command = normalize(match?.[1] ?? "");
      if (command !== "" && !command.startsWith("#")) commands.push({ command, comment: match?.[2] ?? "" });
    }
  }
  return commands;
}

/** The first words that make an inline code span a command rather than a file name or a value. */
const commandWords = new Set(["npm", "pnpm", "npx", "node", "git", "turbo", "bash"]);

/**
 * Inline code spans of the section that are commands, e.g. `npm install --global pnpm@12.4.2`.
 * @param {string} section
 */
export function inlineCommands(section) {
  const outsideBlocks = section.replace(/```[\s\S]*?```/g, "");
  return [...outsideBlocks.matchAll(/`([^`\n]+)`/g)]
    .map(([, span = ""]) => normalize(span))
    .filter((span) => commandWords.has(span.split(" ")[0] ?? "") && span.includes(" "));
}

/** @param {string} command */
export function normalize(command) {
  return command.trim().replace(/\s+/g, " ");
}

/**
 * @typedef {object} ReadmeCommands
 * @property {Set<string>} all every command the "Two commands" and "Releasing" sections name
 * @property {string | undefined} test the test command: the "Two commands" line CI runs
 * @property {string | undefined} version the "Releasing" line that cuts a release (bumps versions)
 * @property {string | undefined} release the "Releasing" line that publishes
 * @property {string | undefined} docs the command that builds the API reference
 * @property {string | undefined} docsDir where the API reference is built
 * @property {string} text the whole README, for names (apt packages) mentioned anywhere
 */

/**
 * Reads the commands from the README by the README's own words, so a reworded or renamed
 * command shows up as a difference instead of being silently skipped.
 * @param {string} markdown
 * @returns {ReadmeCommands}
 */
export function readmeCommands(markdown) {
  const twoCommands = readmeSection(markdown, "Two commands") ?? "";
  const releasing = readmeSection(markdown, "Releasing") ?? "";
  const blocks = [...codeBlockCommands(twoCommands), ...codeBlockCommands(releasing)];
  const all = new Set([...blocks.map((b) => b.command), ...inlineCommands(twoCommands), ...inlineCommands(releasing)]);
  const byComment = (/** @type {{ command: string, comment: string }[]} */ list, /** @type {RegExp} */ words) =>
    list.find((b) => words.test(b.comment))?.command;
  const docs = /`([^`]+)` builds the API reference into `([^`]+)`/.exec(releasing);
  return {
    all,
    test: byComment(codeBlockCommands(twoCommands), /\bCI runs\b/),
    version: byComment(codeBlockCommands(releasing), /\bcutting a release\b/),
    release: byComment(codeBlockCommands(releasing), /\bpublishes\b/),
    docs: docs?.[1] === undefined ? undefined : normalize(docs[1]),
    docsDir: docs?.[2]?.replace(/\/$/, ""),
    text: markdown,
  };
}
