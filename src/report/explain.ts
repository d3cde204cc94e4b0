/** `amzcheck explain CODE`: what a finding code means and what to do about it, in the chosen language. */
import { FINDING_CODES, isFindingCode, type FindingCode } from '../findings.js';
import { codeText, type Lang } from './text/index.js';
import { REMEDIATION_TEXT } from './text/remediation.js';
import { REMEDIATION_BY_CODE } from '../verdict/remediation.js';
import { VERDICT_POLICY, type Effect } from '../verdict/policy.js';
import type { Severity } from '../findings.js';
import { EXIT_ERROR, EXIT_OK } from './exit-codes.js';
import { editDistance } from '../util/distance.js';

const HEAD: Record<Lang, { severity: string; effect: string; todo: string; unknown: string; didYouMean: string; list: string; listAll: string }> = {
  en: { severity: 'Severity', effect: 'Effect on the verdict', todo: 'What to do', unknown: 'unknown finding code', didYouMean: 'Did you mean', list: 'Finding codes', listAll: 'Run "amzcheck explain" to list every code.' },
  ja: { severity: '重大度', effect: '判定への影響', todo: '対処方法', unknown: 'そのようなコードはありません', didYouMean: '近いコード', list: '検出コードの一覧', listAll: 'すべてのコードは amzcheck explain で一覧できます' },
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

/**
 * The codes closest to what was typed, closest first: a code that contains it (or is contained in it) ranks
 * by how much is missing, any other by edit distance to the whole code or to the part after its prefix.
 */
export function suggestCodes(typed: string, max = 5): FindingCode[] {
  const t = typed.trim().toLowerCase();
  if (t === '') return [];
  const dot = t.indexOf('.');
  const typedConcern = dot > 0 ? t.slice(0, dot + 1) : '\u0000';
  const typedName = dot > 0 ? t.slice(dot + 1) : '';
  const scored: { code: FindingCode; score: number }[] = [];
  for (const code of Object.keys(FINDING_CODES) as FindingCode[]) {
    const name = code.slice(code.indexOf('.') + 1);
    let score: number;
    if (code.includes(t) || name.includes(t)) score = (Math.min(code.length, name.length + 1) - t.length) / 100;
    // "auth.dmarc": the concern typed right and a word of the name (auth.amazon-dmarc-fail, auth.dmarc-...).
    else if (typedName.length >= 3 && code.startsWith(typedConcern) && name.includes(typedName)) score = 0.25 + (name.length - typedName.length) / 100;
    // "sender.lookalke": the concern typed right and a word of the name misspelt by one or two letters.
    else if (typedName.length >= 5 && code.startsWith(typedConcern) && closestWord(typedName, name) <= 2) score = 1 + closestWord(typedName, name) / 10;
    else if (t.includes(name) && name.length >= 4) score = 0.5 + (t.length - name.length) / 100;
    else score = Math.min(editDistance(t, code), editDistance(t, name));
    if (score <= Math.max(2, Math.floor(t.length / 4))) scored.push({ code, score });
  }
  scored.sort((a, b) => a.score - b.score || a.code.localeCompare(b.code));
  return scored.slice(0, max).map((s) => s.code);
}

/** The edit distance from `typed` to the nearest hyphen-separated word of a code's name. */
function closestWord(typed: string, name: string): number {
  return Math.min(...name.split('-').map((word) => editDistance(typed, word)));
}

export function explainText(typed: string, lang: Lang): { text: string; exitCode: number } {
  const h = HEAD[lang];
  // Codes are lower case; accept them in any case, with stray spaces, as copied from anywhere.
  const code = typed.trim().toLowerCase();
  if (!isFindingCode(code)) {
    const near = suggestCodes(code);
    const hint = near.length > 0 ? `\n${h.didYouMean}:\n${near.map((c) => `  ${c}  ${codeText(c, lang).title}`).join('\n')}` : '';
    return { text: `amzcheck: ${h.unknown}: ${typed}${hint}\n${h.listAll}\n`, exitCode: EXIT_ERROR };
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
