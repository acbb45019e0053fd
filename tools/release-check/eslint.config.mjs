// The shared config, minus the consumer fixtures: they are plain projects
// outside the workspace, compiled and run by the release rehearsal itself.
import shared from "../../eslint.config.mjs";

export default [{ ignores: ["fixtures/consumers/**"] }, ...shared];
