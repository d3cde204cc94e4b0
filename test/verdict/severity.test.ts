/** One severity order (src/findings.ts): SEVERITIES, strongest first, and the two functions that read it. */
import { expect, test } from 'vitest';
import { SEVERITIES, compareSeverity, severityRank, type Severity } from '../../src/findings.js';

test('severityRank grows with severity and compareSeverity sorts strongest first', () => {
  expect(SEVERITIES).toEqual(['high', 'medium', 'low', 'info']);
  expect(SEVERITIES.map(severityRank)).toEqual([3, 2, 1, 0]);
  const mixed: Severity[] = ['info', 'high', 'low', 'medium', 'high', 'info'];
  expect([...mixed].sort(compareSeverity)).toEqual(['high', 'high', 'medium', 'low', 'info', 'info']);
  expect(compareSeverity('low', 'low')).toBe(0);
});
