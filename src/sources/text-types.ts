/** Content types a document may have; anything else is reported as `unsupported`. */
export const TEXT_TYPES: ReadonlySet<string> = new Set(['text/html', 'application/xhtml+xml', 'text/plain', 'application/json']);
