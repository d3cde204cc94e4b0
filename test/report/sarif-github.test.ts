/** SARIF as GitHub code scanning reads it: GitHub's documented rules as assertions (the 2.1.0 schema is checked in schema.test.ts). */
import { describe, expect, test } from 'vitest';
import { scan } from '../../src/index.js';
import { formatSarif } from '../../src/report/format/sarif.js';

const DEMO = 'fixtures/demo/inbox.mbox';

describe('SARIF for GitHub code scanning', async () => {
  const report = await scan([DEMO, 'no/such.eml'], { lang: 'en', failOn: 'suspicious' });
  const sarif = JSON.parse(formatSarif(report));
  const run = sarif.runs[0];

  test('every rule has descriptions, help with the explain command and the docs link, security-severity and tags', () => {
    for (const r of run.tool.driver.rules) {
      expect(r.shortDescription.text.length).toBeGreaterThan(0);
      expect(r.fullDescription.text.length).toBeGreaterThan(0);
      expect(r.help.text).toContain(`amzcheck explain ${r.id}`);
      expect(r.help.markdown).toContain('docs/findings.md');
      expect(Number(r.properties['security-severity'])).toBeGreaterThan(0);
      expect(r.properties.tags).toContain('security');
      expect(['error', 'warning', 'note']).toContain(r.defaultConfiguration.level);
    }
  });
  test('results only for mail at or above --fail-on, each with a region and a partial fingerprint', () => {
    expect(run.results.length).toBeGreaterThan(0);
    for (const r of run.results) {
      expect(['phishing', 'suspicious']).toContain(r.properties.verdict);
      expect(r.locations[0].physicalLocation.region).toBeDefined();
      expect(r.partialFingerprints['amzcheckMessage/v1']).toMatch(/^[0-9a-f]{32}$/);
      expect(['error', 'warning', 'note']).toContain(r.level);
    }
    const all = JSON.parse(formatSarif(report, { include: 'all' })).runs[0].results;
    expect(all.length).toBeGreaterThan(run.results.length);
  });
  test('fingerprints are stable across runs', async () => {
    const again = JSON.parse(formatSarif(await scan([DEMO], { lang: 'en' }))).runs[0].results;
    expect(again.map((r: { partialFingerprints: object }) => r.partialFingerprints)).toEqual(
      run.results.map((r: { partialFingerprints: object }) => r.partialFingerprints),
    );
  });
  test('unreadable inputs are tool execution notifications; a cap is announced', () => {
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toContain('no/such.eml');
    const capped = JSON.parse(formatSarif(report, { maxResults: 2 })).runs[0];
    expect(capped.results).toHaveLength(2);
    expect(capped.invocations[0].toolExecutionNotifications.at(-1).message.text).toMatch(/more results not written: at most 2/);
  });
});
