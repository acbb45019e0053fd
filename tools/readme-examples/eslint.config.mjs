// The shared config, minus the consumer fixture: a plain project outside the workspace,
// compiled and run by the test itself.
import shared from "../../eslint.config.mjs";

export default [{ ignores: ["consumer/**"] }, ...shared];
