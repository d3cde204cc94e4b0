/**
 * Messages that a mail program keeps in an mbox but that are not mail the user received: Gmail Takeout's chat
 * transcripts and Thunderbird's deleted-but-not-yet-compacted messages (docs/sources.md#mbox).
 */
import type { SkipReason } from './types.js';

/** Thunderbird's MSG_FLAG_EXPUNGED: the message was deleted and stays in the file until the folder is compacted. */
const MOZILLA_DELETED = 0x0008;

// Takeout writes X-Gmail-Labels as one comma-separated list, folded when long.
export const GMAIL_LABELS = /^x-gmail-labels:([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)/im;
export const MOZILLA_STATUS = /^x-mozilla-status:[ \t]*([0-9a-f]{1,8})[ \t]*\r?$/im;

export interface ContainerFlagOptions {
  includeDeleted?: boolean;
}

/** Why a message in an mbox should be skipped, judged from its header block (latin1 text), or undefined. */
export function containerSkipReason(header: string, options: ContainerFlagOptions): SkipReason | undefined {
  if (!options.includeDeleted) {
    const status = MOZILLA_STATUS.exec(header);
    if (status && (parseInt(status[1], 16) & MOZILLA_DELETED) !== 0) return 'deleted';
  }
  const labels = GMAIL_LABELS.exec(header);
  if (labels && gmailLabels(labels[1]).includes('Chat')) return 'chat';
  return undefined;
}

function gmailLabels(value: string): string[] {
  return value
    .replace(/\r?\n/g, '')
    .split(',')
    .map((label) => label.trim().replace(/^"(.*)"$/, '$1'));
}
