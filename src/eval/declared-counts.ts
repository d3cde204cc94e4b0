/**
 * Message counts that the corpus's SOURCES.md states for its mbox files ("...; messages: 438; ..."), a third
 * count beside amzcheck's and the evaluation's own splitter: written down when the corpus was collected.
 */

/** File name (inside the mbox folder) -> the number of messages SOURCES.md gives for it. */
export function declaredMessageCounts(sourcesMarkdown: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of sourcesMarkdown.split('\n')) {
    if (!line.startsWith('| mbox/') || line.length > 20_000) continue;
    const file = line.slice('| mbox/'.length, line.indexOf('|', 2)).trim();
    const stated = /\bmessages: (\d{1,9})\b/.exec(line);
    if (file && stated) counts.set(file, Number(stated[1]));
  }
  return counts;
}
