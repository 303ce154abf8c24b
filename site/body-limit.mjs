/** The largest request body the site reads (a form post), in bytes: Astro's bodySizeLimit, and server.mjs's 413 beyond it. */
export const BODY_LIMIT_BYTES = 64 * 1024
