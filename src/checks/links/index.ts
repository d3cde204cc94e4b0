/**
 * Where do its links go? Extracts every link a reader could follow, unwraps rewriters and redirectors
 * without fetching anything, and judges each destination (issue 5).
 */
export { extractLinks, extractLinksBounded, MAX_LINKS_PER_MESSAGE } from './extract.js';
export { checkLinks, MAX_FINDINGS_PER_CODE, MAX_LINK_SUMMARIES, type LinkCheckContext, type LinkCheckResult } from './judge.js';
export { unwrapLink, decodeProofpointV3, type Unwrapped } from './unwrap.js';
export type { ExtractedLink, ExtractionResult, LinkElement, LinkPurpose, LinkSummary, LinkWhere } from './types.js';
