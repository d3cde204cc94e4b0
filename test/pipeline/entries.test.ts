/**
 * The header-depth entry is built as one object literal (pipeline/entries.ts) instead of a spread of
 * baseReport plus the fixed fields; it must be the same entry, with its keys in the same order (the NDJSON
 * line is JSON.stringify of it).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { parseHeaders } from '../../src/message/index.js';
import type { MessageHeaders } from '../../src/message/types.js';
import type { Location, RawMessage } from '../../src/input/types.js';
import { baseReport, errorReport, unrelatedReport } from '../../src/pipeline/entries.js';
import { realMessages } from './real-messages.js';

// ---- the reference: headerDepthReport before the change, verbatim ----
function oldHeaderDepthReport(location: Location, h: MessageHeaders | null, verdict: 'unrelated' | 'error', error: string | null) {
  return {
    ...baseReport(location, h),
    amazonRelated: false,
    kind: 'other',
    verdict,
    reasons: [],
    findings: [],
    authentication: null,
    securityCode: null,
    links: [],
    depth: 'headers',
    remediation: [],
    error,
  };
}

describe('header-depth entries equal the spread form', () => {
  let messages: { raw: RawMessage; headers: MessageHeaders }[] = [];
  beforeAll(async () => {
    messages = [];
    for (const raw of await realMessages()) {
      try {
        messages.push({ raw, headers: parseHeaders(raw) });
      } catch {
        // A message without header fields has no header-depth entry with headers; errorReport(null) is tested below.
      }
    }
  });

  test('unrelated and error entries of every fixture and corpus message', () => {
    expect(messages.length).toBeGreaterThan(100);
    for (const { raw, headers } of messages) {
      const unrelated = unrelatedReport(raw, headers);
      expect(JSON.stringify(unrelated)).toBe(JSON.stringify(oldHeaderDepthReport(raw.location, headers, 'unrelated', null)));
      expect(unrelated).toEqual(oldHeaderDepthReport(raw.location, headers, 'unrelated', null));
      const error = errorReport(raw.location, 'a reason', headers);
      expect(JSON.stringify(error)).toBe(JSON.stringify(oldHeaderDepthReport(raw.location, headers, 'error', 'a reason')));
    }
  });

  test('an error entry without headers', () => {
    const location = { file: 'x.eml', index: 1, offset: 0 };
    const error = errorReport(location, 'empty message');
    expect(JSON.stringify(error)).toBe(JSON.stringify(oldHeaderDepthReport(location, null, 'error', 'empty message')));
  });
});
