/** Request size limits, in bytes. */

/** Every JSON request except imports. */
export const BODY_LIMIT_BYTES = 256 * 1024;
/** Imports carry a whole sheet (base64 grows it by a third). */
export const IMPORT_BODY_LIMIT_BYTES = 8 * 1024 * 1024;
/** A rider report (public, unauthenticated): a note of 500 characters fits many times over. */
export const REPORT_BODY_LIMIT_BYTES = 16 * 1024;
