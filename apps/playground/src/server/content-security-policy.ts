// The page's Content-Security-Policy: everything from the playground's own
// origin, nothing inline. A value from the API that slips into markup cannot
// run a script, add style text (`style` attributes included: chip colours go
// through the CSSOM, which CSP allows) or load anything from another host.

/** Sent with every answer of the playground server except those handed to Vite in dev. */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  // The favicon is a data: URL in index.html.
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");
