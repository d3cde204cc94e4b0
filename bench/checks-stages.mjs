#!/usr/bin/env node
// Times each check after the full parse ALONE over the parsed candidates (DEEP=1: every message), in µs of CPU time
// per message, best of ROUNDS. A copy of the team's checks-time script with finer stages for the authentication
// check, classification and the report assembly. Measures dist/ (run `npm run build` first).
//
//   node bench/checks-stages.mjs        env: DEEP=1, LIMIT=MB (60), ROUNDS=N (5), ONLY=regex of stage names,
//                                       REPO=another checkout (with dist/ and .bench/) to compare with
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
const REPO = process.env.REPO ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(path.join(REPO, 'dist', p));
const { readInputs } = await dist('input/index.js');
const { parseHeaders, parseMessage, messageFindings } = await dist('message/index.js');
const { mightConcernAmazon } = await dist('pipeline/prefilter.js');
const { analyzeParsed } = await dist('pipeline/analyze.js');
const { bodyClaimInput, detectAmazonClaim, headerClaims, readClaims } = await dist('identity/index.js');
const { analyzeAuthentication, decideTrust, checkDkimBodies } = await dist('checks/authentication/index.js');
const { checkLinks } = await dist('checks/links/index.js');
const { checkSender } = await dist('checks/sender/index.js');
const { classifyMail, checkSecurityMail } = await dist('checks/security-code/index.js');
const { mailText } = await dist('checks/security-code/text.js');
const { checkContent } = await dist('checks/content/index.js');
const { findForwardedOriginal } = await dist('message/forwarded.js');
const { localizeFinding } = await dist('report/localize.js');
const { decideVerdict } = await dist('verdict/index.js');
const { messageRemediation } = await dist('verdict/remediation.js');
const deep = process.env.DEEP === '1';
const limit = Number(process.env.LIMIT ?? 60);
const only = process.env.ONLY ? new RegExp(process.env.ONLY) : null;
const raws = []; let bytes = 0;
for await (const ev of readInputs([path.join(REPO, '.bench/bench-400MB.mbox')], {})) {
  if (ev.type !== 'message') continue; bytes += ev.message.bytes.length; if (bytes > limit * 1e6) break;
  const h = parseHeaders(ev.message);
  if (deep || mightConcernAmazon(ev.message, h)) raws.push([ev.message, h]);
}
const msgs = [];
for (const [raw, h] of raws) msgs.push(await parseMessage(raw, h));
const claims = msgs.map((m) => headerClaims(m));
const claimReaders = claims.map((claim) => ({ all: () => claim }));
const auths = [];
for (let i = 0; i < msgs.length; i++) auths.push(await analyzeAuthentication(msgs[i], { claimsAmazon: claims[i].related }));
const classes = msgs.map((m) => classifyMail(m));
const options = { lang: 'en', deep };
const reports = [];
for (const m of msgs) reports.push(await analyzeParsed(m, options));
const allFindings = reports.map((r) => r.report.findings.map((f) => ({ code: f.code, severity: f.severity, evidence: f.evidence })));
const times = {};
async function stage(name, fn) {
  if (only && !only.test(name)) return;
  // CPU time of this thread, not wall time: the machine is shared, and waiting for a core is not cost.
  const t = process.cpuUsage(); for (let i = 0; i < msgs.length; i++) await fn(i); const d = process.cpuUsage(t); (times[name] ??= []).push((d.user + d.system) / 1000);
}
const signed = (i) => msgs[i].dkimSignatures.length > 0 || msgs[i].headers.some((h) => h.name === 'dkim-signature');
for (let r = 0; r < Number(process.env.ROUNDS ?? 5); r++) {
  await stage('auth', (i) => analyzeAuthentication(msgs[i], { claimsAmazon: claims[i].related }));
  await stage('  decideTrust', (i) => decideTrust(msgs[i].headers));
  await stage('  dkim bodies', (i) => (signed(i) ? checkDkimBodies(msgs[i].raw, msgs[i].headers) : null));
  await stage('classify', (i) => classifyMail(msgs[i]));
  await stage('  mailText', (i) => mailText(msgs[i]));
  await stage('claim(body)', (i) => detectAmazonClaim(bodyClaimInput(msgs[i].text)));
  await stage('checkSecurityMail', (i) => checkSecurityMail(msgs[i], classes[i], { authenticAmazon: undefined }));
  await stage('content', (i) => checkContent({ subject: msgs[i].subject, fromDomains: msgs[i].from.map((a) => a.domain).filter(Boolean), text: msgs[i].text, claims: claimReaders[i], auth: auths[i].summary, kind: classes[i].kind }));
  await stage('verdict', (i) => decideVerdict({ findings: allFindings[i], amazonRelated: true, presentsAsAmazon: claims[i].related, amazonAuthenticated: auths[i].summary.amazonAuthenticated }));
  await stage('remediation', (i) => messageRemediation({ verdict: reports[i].report.verdict, kind: reports[i].report.kind, securityType: null, findings: allFindings[i], japanese: false }));
  await stage('localize', (i) => allFindings[i].map((f) => localizeFinding(f, 'en')));
  await stage('links', (i) => checkLinks(msgs[i], { claim: claims[i], auth: auths[i].summary }));
  await stage('sender', (i) => checkSender(msgs[i], claims[i], auths[i].summary));
  await stage('messageFindings', (i) => messageFindings(msgs[i]));
  await stage('forwarded', (i) => findForwardedOriginal(msgs[i].subject, msgs[i].text));
  // The checks one after the other per message, without the assembly: what analyzeParsed adds to them is
  // the difference (assembly, and the cost of running them together: GC, caches).
  await stage('checks in sequence', async (i) => {
    const m = msgs[i];
    const rc = readClaims(m, findForwardedOriginal(m.subject, m.text));
    const a = await analyzeAuthentication(m, { claimsAmazon: rc.claim.related });
    const c = classifyMail(m);
    checkLinks(m, { claim: rc.claim, auth: a.summary });
    checkSender(m, rc.ownSender, a.summary);
    messageFindings(m);
    checkContent({ subject: m.subject, fromDomains: m.from.map((x) => x.domain).filter(Boolean), text: m.text, claims: rc, auth: a.summary, kind: c.kind });
  });
  await stage('analyzeParsed(all)', (i) => analyzeParsed(msgs[i], options));
}
console.log(`${msgs.length} messages${deep ? ' (deep)' : ' (candidates)'}`);
for (const [k, v] of Object.entries(times)) { const b = Math.min(...v); console.log(`${k.padEnd(22)} ${(b * 1000 / msgs.length).toFixed(1).padStart(7)} µs/msg`); }
