/**
 * Gmail Takeout's X-Gmail-Labels: comma-separated labels, a label with a comma or quote written in double
 * quotes with "" for a quote (CSV), e.g. `Inbox,"Category Promotions",Opened`. Non-ASCII labels may be
 * encoded words.
 */
import libmime from 'libmime';

export function parseGmailLabels(value: string): string[] {
  const labels: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (quoted) {
      if (c === '"' && value[i + 1] === '"') {
        current += '"';
        i++;
      } else if (c === '"') quoted = false;
      else current += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      labels.push(current);
      current = '';
    } else current += c;
  }
  labels.push(current);
  return labels.map((l) => (l.includes('=?') ? libmime.decodeWords(l.trim()) : l.trim())).filter((l) => l.length > 0);
}
