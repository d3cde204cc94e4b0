/** `amzcheck explain CODE`: what a finding code means and what to do about it, in the chosen language. */
import { FINDING_CODES, isFindingCode, type FindingCode } from '../findings.js';
import { codeText, type Lang } from '../report/text/index.js';
import { REMEDIATION_TEXT } from '../report/text/remediation.js';
import { REMEDIATION_BY_CODE } from '../verdict/remediation.js';
import { VERDICT_POLICY, type Effect } from '../verdict/policy.js';
import type { Severity } from '../findings.js';
import { EXIT_ERROR, EXIT_OK } from './exit-codes.js';

const HEAD: Record<Lang, { severity: string; effect: string; todo: string; unknown: string; didYouMean: string; list: string }> = {
  en: { severity: 'Severity', effect: 'Effect on the verdict', todo: 'What to do', unknown: 'unknown finding code', didYouMean: 'Did you mean', list: 'Finding codes' },
  ja: { severity: '重大度', effect: '判定への影響', todo: '対処', unknown: '不明なコードです', didYouMean: '候補', list: '検出コード一覧' },
};

export const SEVERITY_WORD: Record<Lang, Record<Severity, string>> = {
  en: { high: 'high', medium: 'medium', low: 'low', info: 'information' },
  ja: { high: '高', medium: '中', low: '低', info: '情報' },
};

/** The policy's effect in words a user reads: "phishing-if-claims" is the policy's name, not a sentence. */
export const EFFECT_WORDS: Record<Lang, Record<Effect, string>> = {
  en: {
    phishing: 'marks the mail as phishing on its own',
    'phishing-if-claims': 'phishing when the mail presents itself as Amazon, otherwise suspicious',
    suspicious: 'marks the mail as suspicious',
    'suspicious-if-claims': 'suspicious when the mail presents itself as Amazon, otherwise none',
    none: 'none (information)',
  },
  ja: {
    phishing: 'これだけでフィッシングと判定します',
    'phishing-if-claims': 'Amazon を名乗るメールならフィッシング、そうでなければ要注意と判定します',
    suspicious: '要注意と判定します',
    'suspicious-if-claims': 'Amazon を名乗るメールなら要注意と判定します（それ以外は影響なし）',
    none: 'なし（参考情報）',
  },
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
    `${h.severity}: ${SEVERITY_WORD[lang][FINDING_CODES[code]]}`,
    `${h.effect}: ${EFFECT_WORDS[lang][VERDICT_POLICY[code]]}`,
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
