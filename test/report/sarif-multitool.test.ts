/**
 * The SARIF validated by Microsoft's SARIF Multitool (@microsoft/sarif-multitool, a devDependency; it runs
 * offline) with its SARIF rules and its GitHub rules (`--rule-kind "Sarif;Ghas"`: what GitHub code scanning
 * needs of an upload). The Multitool writes what it finds as a SARIF log (its console shows only part of it);
 * every error or warning in that log fails the test. A deliberately broken file in the same run shows that the
 * validator and the reading of its log do catch problems. On top, what GitHub documents and the Multitool does
 * not check: each result's region has the line where its message starts.
 */
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { formatSarif, sarifLines, scan } from '../../src/index.js';

const DEMO = 'fixtures/demo/inbox.mbox';

/** The Multitool's native binary for this platform (the package's index.js names it). */
function multitool(): string {
  const binary = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    chmodSync(binary, 0o755); // what the package's postinstall does, where install scripts were not run
  }
  return binary;
}

interface LogResult {
  ruleId: string;
  level?: string;
  message: { text?: string; arguments?: string[] };
  locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[];
}

/** Validates the files in one run; the problems found, per file name, as "RULE level: arguments". */
function validate(files: Record<string, string>): Map<string, string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'amzcheck-sarif-'));
  try {
    const paths = Object.entries(files).map(([name, text]) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    });
    const out = join(dir, 'validation.sarif');
    const r = spawnSync(multitool(), ['validate', '--rule-kind', 'Sarif;Ghas', '--log', 'ForceOverwrite', '-o', out, ...paths], {
      encoding: 'utf8',
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    });
    expect(r.error).toBeUndefined();
    const log = JSON.parse(readFileSync(out, 'utf8')) as { runs: { results?: LogResult[] }[] };
    const found = new Map<string, string[]>(Object.keys(files).map((n) => [n, []]));
    for (const res of log.runs[0]!.results ?? []) {
      const uri = res.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '';
      const name = Object.keys(files).find((n) => uri.endsWith(n));
      expect(name, `a problem outside the files validated: ${JSON.stringify(res)}`).toBeDefined();
      found.get(name!)!.push(`${res.ruleId} ${res.level ?? 'warning'}: ${(res.message.arguments ?? []).join(' | ')}`);
    }
    return found;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('SARIF validated by the SARIF Multitool with GitHub rules', async () => {
  // Relative paths (as a workflow in a repository gives them), an absolute one, a single .eml, a missing file.
  const report = await scan([DEMO, resolve('fixtures/lures/brand-as-html-character-references-callback.eml'), 'fixtures/input/single-message.eml', 'no/such.eml'], {
    lang: 'en',
  });
  const lines = await sarifLines(report, { include: 'all' });
  const sarifs = {
    'default.sarif': formatSarif(report, { lines: await sarifLines(report) }),
    'all.sarif': formatSarif(report, { include: 'all', lines }),
    'capped.sarif': formatSarif(report, { include: 'all', lines, maxResults: 3 }),
    'ja.sarif': formatSarif(await scan([DEMO], { lang: 'ja' }), { lines }),
  };
  // No location, an absolute path without a scheme, a message without text: three things GitHub rejects.
  const broken = JSON.parse(sarifs['default.sarif']);
  delete broken.runs[0].results[0].locations;
  broken.runs[0].results[1].locations[0].physicalLocation.artifactLocation.uri = '/abs/path/inbox.mbox';
  broken.runs[0].results[2].message = { id: 'no-text' };

  test('no error or warning in what amzcheck writes; the broken control file is caught', () => {
    const found = validate({ ...sarifs, 'broken.sarif': JSON.stringify(broken) });
    for (const name of Object.keys(sarifs)) {
      const bad = found.get(name)!.filter((p) => !/^\S+ note:/.test(p));
      expect(bad, `${name}:\n${bad.join('\n')}`).toEqual([]);
    }
    const caught = found.get('broken.sarif')!.join('\n');
    expect(caught).toMatch(/^GH\d+ error: .*results\[0\]/m); // no locations
    expect(caught).toMatch(/^SARIF1004 error: .*\/abs\/path\/inbox\.mbox/m); // not a URI
    expect(caught).toMatch(/^GH\d+ error: .*results\[2\]\.message/m); // no text
  }, 120_000);

  test('each result has the line where its message starts: the line after its From_ line, 1 for a single message', () => {
    const text = readFileSync(DEMO, 'latin1').split('\n');
    // 1-based line of each From_ line (at the start of the file or after a blank line), in message order.
    const fromLines = text.flatMap((l, i) => (/^From \S/.test(l) && (i === 0 || text[i - 1] === '') ? [i + 1] : []));
    expect(fromLines).toHaveLength(11);
    const seen = new Set<string>();
    for (const name of ['all.sarif', 'default.sarif'] as const) {
      const results = JSON.parse(sarifs[name]).runs[0].results as {
        locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> }; logicalLocations: { name: string }[] }[];
      }[];
      expect(results.length).toBeGreaterThan(name === 'all.sarif' ? 10 : 3);
      for (const r of results) {
        const { physicalLocation, logicalLocations } = r.locations[0]!;
        const uri = physicalLocation.artifactLocation.uri;
        seen.add(uri);
        const index = Number(/^message (\d+)$/.exec(logicalLocations[0]!.name)![1]);
        expect(physicalLocation.region).toEqual({ startLine: uri.endsWith('.eml') ? 1 : fromLines[index - 1]! + 1 });
      }
    }
    expect(seen.has(DEMO)).toBe(true);
    expect([...seen].some((u) => u.startsWith('file:///') && u.endsWith('/fixtures/lures/brand-as-html-character-references-callback.eml'))).toBe(true);
  });

  test('the CLI writes the lines: amzcheck scan --format sarif', () => {
    const r = spawnSync(process.execPath, ['bin/amzcheck.js', 'scan', '--format', 'sarif', DEMO], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    const results = JSON.parse(r.stdout).runs[0].results as { locations: { physicalLocation: { region: object } }[] }[];
    expect(results.length).toBeGreaterThan(3);
    for (const res of results) expect(res.locations[0]!.physicalLocation.region).toEqual({ startLine: expect.any(Number) });
    expect(new Set(results.map((res) => (res.locations[0]!.physicalLocation.region as { startLine: number }).startLine)).size).toBeGreaterThan(1);
  });
});
