import type { Lang } from '../report/text/types.js';
import type { FailOn } from '../verdict/types.js';

/** Everything a scan can be told. The CLI maps its flags onto this; a script can pass it directly. */
export interface ScanOptions {
  /** Language of the report's text. Default: from LC_ALL / LC_MESSAGES / LANG. */
  lang?: Lang;
  /** Fully parse every message, not only the ones the header pass says can matter. */
  deep?: boolean;
  /** Re-verify SPF/DKIM/DMARC/ARC with DNS. Off by default: nothing leaves the machine. */
  online?: boolean;
  /** mailauth-format JSON DNS cache to read (and write, with online) so runs can be replayed offline. */
  dnsCacheFile?: string;
  /** Trust exactly these authserv-ids' Authentication-Results (turns the default rule off). */
  trustAuthserv?: string[];
  /** Keep Thunderbird messages marked deleted. */
  includeDeleted?: boolean;
  /** Read mbox files as mboxo (no `>From ` unescaping). */
  mboxo?: boolean;
  /** Exit-code threshold (the library only records it in the report). */
  failOn?: FailOn;
  /** Burst windows, e.g. [{count: 3, minutes: 10}]. */
  burstWindows?: { count: number; minutes: number }[];
  /** Marketplaces the user normally uses (e.g. ['JP']); others are reported as unusual. */
  usualMarketplaces?: string[];
  /** Where `-` reads from (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /**
   * Worker threads that analyse messages while the main thread reads (the output is the same, in the same
   * order). Default: one per core on a machine with four cores or more, when the mailbox files given come to
   * 32 MiB or more (parallel.ts defaultWorkers); else none, so on two or three cores none unless asked: there
   * they paid only on an otherwise idle machine. 1 = no workers.
   */
  jobs?: number;
  /**
   * Only mail dated in this period: on or after `since`, before `until`. Mail without a usable date is kept
   * (nothing places it outside); mail outside is counted in `summary.skipped.outsidePeriod`.
   */
  since?: Date;
  until?: Date;
  /** DNS resolver for --online (tests inject one). */
  resolver?: (name: string, rrtype: string) => Promise<unknown>;
}
