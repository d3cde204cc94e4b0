import type { CodeTable } from '../findings.js';

/** Finding codes of this concern and their default severity. Text for each lives in src/report/text/. */
export const messageCodes = {
} as const satisfies CodeTable;
