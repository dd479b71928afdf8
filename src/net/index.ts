/** @module Safe fetching: the Fetcher contract, its node:http(s) implementation, and body decoding. */
export * from './fetcher.js';
export { createFetcher } from './http-fetcher.js';
export { decodeBody, sniffDeclaredCharset } from './decode.js';
export { parseContentType } from './content-type.js';
export { blockedAddressReason } from './address-policy.js';
export { USER_AGENT } from './user-agent.js';
