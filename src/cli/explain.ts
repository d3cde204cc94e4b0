/** `amzcheck explain CODE`: what a finding code means and what to do about it, in the chosen language. */
import { FINDING_CODES, isFindingCode, type FindingCode } from '../findings.js';
import { codeText, type Lang } from '../report/text/index.js';
import { REMEDIATION_TEXT } from '../report/text/remediation.js';
import { REMEDIATION_BY_CODE } from '../verdict/remediation.js';
import { VERDICT_POLICY } from '../verdict/policy.js';
import { EXIT_ERROR, EXIT_OK } from './exit-codes.js';

const HEAD: Record<Lang, { severity: string; effect: string; todo: string; unknown: string; didYouMean: string; list: string }> = {
  en: { severity: 'Severity', effect: 'Effect on the verdict', todo: 'What to do', unknown: 'unknown finding code', didYouMean: 'Did you mean', list: 'Finding codes' },
  ja: { severity: '重大度', effect: '判定への影響', todo: '対処', unknown: '不明なコードです', didYouMean: '候補', list: '検出コード一覧' },
};

export function explainText(code: string, lang: Lang): { text: string; exitCode: number } {
  const h = HEAD[lang];
  if (!isFindingCode(code)) {
    const near = (Object.keys(FINDING_CODES) as FindingCode[]).filter((c) => c.includes(code) || code.includes(c.split('.')[0] ?? '\0'));
    const hint = near.length > 0 ? `\n${h.didYouMean}: ${near.slice(0, 8).join(', ')}` : '';
    return { text: `amzcheck: ${h.unknown}: ${code}${hint}\n`, exitCode: EXIT_ERROR };
  }
  const t = codeText(code, lang);
  const steps = REMEDIATION_BY_CODE[code].map((id, i) => `  ${i + 1}. ${REMEDIATION_TEXT[id][lang]}`);
  const text = [
    `${code}: ${t.title}`,
    '',
    t.explain,
    '',
    `${h.severity}: ${FINDING_CODES[code]}    ${h.effect}: ${VERDICT_POLICY[code]}`,
    ...(steps.length > 0 ? ['', `${h.todo}:`, ...steps] : []),
    '',
  ].join('\n');
  return { text, exitCode: EXIT_OK };
}

export function listCodes(lang: Lang): string {
  const h = HEAD[lang];
  const codes = Object.keys(FINDING_CODES) as FindingCode[];
  const width = Math.max(...codes.map((c) => c.length));
  return [`${h.list}:`, ...codes.map((c) => `  ${c.padEnd(width)}  ${codeText(c, lang).title}`), ''].join('\n');
}
