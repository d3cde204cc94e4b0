/** The message stage: raw bytes to the one Message model every check reads (docs/sources.md#design-notes). */
export { parseHeaders } from './headers.js';
export { parseMessage, messageFromHeaders } from './parse.js';
export { MessageParseError } from './errors.js';
export { messageFindings, damageFindings, DATE_SKEW_THRESHOLD_MS } from './findings.js';
export { readDamagedMail, type MailDamage } from './damage.js';
export { parseMailDate, EARLIEST_MAIL_YEAR, MAX_FUTURE_MS, type ParsedMailDate } from './dates.js';
export { domainOf } from './addresses.js';
export { normalizeText } from './text.js';
export { htmlToText } from './html-text.js';
export * from './limits.js';
export type * from './types.js';
