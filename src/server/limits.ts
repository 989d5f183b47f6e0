/** Request size limits, in bytes. */

/** Every JSON request except imports. */
export const BODY_LIMIT_BYTES = 256 * 1024;
/** Imports carry a whole sheet (base64 grows it by a third). */
export const IMPORT_BODY_LIMIT_BYTES = 8 * 1024 * 1024;
