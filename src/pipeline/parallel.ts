/**
 * A scan spread over worker threads. The main thread reads and splits the input (cheap: ~1 ms per MB) and
 * hands consecutive messages in batches to the workers, which do the analysis (the expensive part); the
 * results are put back in input order before anyone sees them, so the output is byte for byte that of one
 * thread, whichever worker finished first. Works the same for one large mailbox, several files, directories.
 *
 * Memory stays flat: at most BATCHES_IN_FLIGHT batches per worker are out at a time (the reader waits), and a
 * finished batch waits only for the batches before it.
 */
import { existsSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { findMailFiles } from '../input/directory.js';
import { readInputs } from '../input/index.js';
import { SNIFF_BYTES, sniffContent } from '../input/sniff.js';
import type { InputEvent, Location, RawMessage } from '../input/types.js';
import type { AnalyzedMessage, ReportSummary } from './analyze.js';
import { errorEntry, eventWithoutAnalysis } from './entries.js';
import type { AnalyzedEvent } from './events.js';
import type { ScanOptions } from './options.js';
import type { BatchMessage, BatchRequest, MessageFacts, WorkerInput, WorkerReply } from './parallel-protocol.js';
import type { MessageReport } from '../report/model.js';
import type { Lang } from '../report/text/types.js';

const WORKER_URL = new URL('./worker.js', import.meta.url);
/**
 * When the default scan uses worker threads: with four cores or more, for 32 MiB of mailbox or more. Each
 * worker loads the whole analyser and warms up its own JIT, and the workers, the main thread and V8's compiler
 * and GC threads all want cores. On the 2-core project machine two workers were at best 1.15-1.3x as fast as
 * one thread, and only when nothing else ran (fourth and fifth rounds, 200-400 MB); with other processes busy
 * they were no faster or slower in every pair measured, while taking ~35% more CPU from those processes and
 * ~70 MB more memory (docs/performance.md, "Worker threads only where they pay"). So on two or three cores the
 * default is one thread, and `--jobs N` asks for workers on a machine known to be idle. With four cores or more
 * the workers have cores of their own beside a busy process; that was not measured here, and the threshold
 * of earlier rounds (32 MiB, below which start-up outweighs the gain) is kept for them.
 */
export const PARALLEL_MIN_CORES = 4;
export const PARALLEL_MIN_BYTES = 32 * 1024 * 1024;

/** Worker threads for the default `--jobs`: one per core on a machine with enough cores for a large enough mailbox, else null. */
export function defaultWorkers(mailboxBytes: number, cores: number): number | null {
  return cores >= PARALLEL_MIN_CORES && mailboxBytes >= PARALLEL_MIN_BYTES ? cores : null;
}

/** Files in a directory that hold one message each, by their name. */
const SINGLE_MESSAGE_NAME = /\.eml$/i;
/** Files smaller than this are not sniffed as mailboxes for the plan: they cannot tip the balance. */
const SMALLEST_COUNTED_BYTES = 512 * 1024;
/** Batches a worker may hold (queued or in work) before the reader waits: bounds memory. */
const BATCHES_IN_FLIGHT = 2;
/** Workers started in place of ones that died, per scan. */
const MAX_WORKER_RESTARTS = 3;
/**
 * Batch sizes: the first ones small so the first results appear at once, then large so the cost of a thread
 * message (~0.1 ms) is spread over many messages.
 */
const BATCH_MESSAGES = [8, 32, 128, 256];
const BATCH_MAX_BYTES = 1024 * 1024;
/**
 * How long the reader may give nothing before the batch being filled goes to a worker as it is (a pipe whose
 * writer pauses): its results then come out within about two ticks instead of waiting for more input.
 */
const IDLE_TICK_MS = 50;
/**
 * Batches travel in shared buffers that are reused, one set per worker: memory for messages in flight is fixed
 * (workers x BATCHES_IN_FLIGHT x this), instead of one new buffer per batch that lives until the worker's next
 * major GC (measured: ~100 MB of such buffers alive at a time in a 400 MB scan). A batch that does not fit
 * (a message larger than this) gets a buffer of its own.
 */
const SHARED_BUFFER_BYTES = 2 * 1024 * 1024;
/**
 * A worker's heap. V8's defaults size each thread's heap for a process with one thread (up to 32 MB of new
 * space, an old space that grows long before it is collected); per thread that cost ~150 MB of peak RSS for
 * two workers on 400 MB. A message's analysis needs far less (its text and HTML are capped, message/limits.ts);
 * a worker that still runs out of memory hands its batches back to the main thread (see `lost`). The young
 * generation trades memory for collection time (400 MB, 2 workers, quiet machine: 8 MB 6.7 s / ~230 MiB peak,
 * 12 MB 6.4-6.7 s / ~229 MiB, 16 MB 6.3 s / 242-247 MiB, and 252 MiB with --deep): 12 MB keeps a margin under
 * the 250 MiB target.
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 12, maxOldGenerationSizeMb: 128 };

/**
 * How many workers to use, or null for the main thread alone. `jobs` undefined means defaultWorkers: one per
 * core on a machine of four cores or more when the input is large enough; 1 means one thread; N asks for N
 * (at most 64, the CLI's limit).
 */
export async function planParallel(paths: string[], options: ScanOptions): Promise<number | null> {
  // --online shares one DNS cache (and its file) per scan; a test's injected resolver cannot cross threads.
  if (options.jobs === 1 || options.online || options.resolver) return null;
  // Running from TypeScript sources (the unit tests) there is no compiled worker: the scan stays sequential.
  if (!existsSync(fileURLToPath(WORKER_URL))) return null;
  if (options.jobs !== undefined) return options.jobs;
  const cores = availableParallelism();
  // Fewer cores: one thread, without sizing the input at all.
  if (defaultWorkers(Infinity, cores) === null) return null;
  const bytes = await mailboxBytes(paths, PARALLEL_MIN_BYTES);
  return bytes === null ? null : defaultWorkers(bytes, cores);
}

/**
 * The bytes of the mbox files a scan of `paths` will read: the files given, and those found in the directories
 * given (a Thunderbird profile, an Apple Mail export), the way the reader finds them. Only mailboxes count: a
 * file of one message, however large, is analysed by one thread anyway, and the messages of a Maildir or a
 * folder of .eml files are not counted either (sizing them would cost a stat call per message). Counting stops
 * once `enough` is reached. Null for stdin, whose size is not known in advance: it stays sequential unless
 * --jobs asks. Paths that cannot be read count nothing; the reader reports them with their reason.
 */
export async function mailboxBytes(paths: readonly string[], enough = Infinity): Promise<number | null> {
  if (paths.includes('-')) return null;
  let total = 0;
  for (const p of paths) {
    const s = await stat(p).catch(() => null);
    if (s?.isFile()) total += await mboxBytes(p, s.size);
    else if (s?.isDirectory()) {
      for (const entry of await findMailFiles(p, { maildirMessages: false })) {
        if (total >= enough) break;
        // By name, so that a folder of thousands of .eml files costs no stat call per message.
        if (entry.kind !== 'file' || entry.inMaildir || SINGLE_MESSAGE_NAME.test(entry.path)) continue;
        const found = await stat(entry.path).catch(() => null);
        if (found?.isFile()) total += await mboxBytes(entry.path, found.size);
      }
    }
    if (total >= enough) break;
  }
  return total;
}

/** `size` when the file is a mailbox worth counting, else 0. */
async function mboxBytes(file: string, size: number): Promise<number> {
  if (size < SMALLEST_COUNTED_BYTES) return 0;
  return (await isMbox(file).catch(() => false)) ? size : 0;
}

/** True when the file's first bytes say mbox (input/sniff.ts, the reader's own test). */
async function isMbox(path: string): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await file.read(head, 0, SNIFF_BYTES, 0);
    return sniffContent(head.subarray(0, bytesRead), bytesRead < SNIFF_BYTES)?.kind === 'mbox';
  } finally {
    await file.close();
  }
}

interface Batch {
  seq: number;
  /** Events in input order; null where a message's analysis comes back from a worker. */
  events: (AnalyzedEvent | null)[];
  /** Where the batch's messages came from: their report entries, and error entries if the worker dies. */
  locations: Location[];
  bytes: number;
  analyzed: AnalyzedMessage[] | null;
  /**
   * The messages' bytes, copied in as they are read (the reader's buffers are reused): a pool buffer, given back
   * when the results arrive, or, for one message larger than a pool buffer, that message's own memory, moved to
   * the worker.
   */
  buffer: SharedArrayBuffer | ArrayBuffer | null;
  view: Uint8Array | null;
  /** Where its messages lie in `buffer`: if the worker dies, this thread analyses them from there. */
  messages: BatchMessage[];
  /** Its worker died while it was in work. */
  orphaned: boolean;
}

interface Slot {
  worker: Worker;
  inFlight: Batch[];
}

export async function* parallelAnalyzedEvents(
  paths: string[],
  options: ScanOptions & { lang: Lang },
  jobs: number,
): AsyncGenerator<AnalyzedEvent> {
  // Only plain data crosses to a worker.
  const { stdin, resolver: _resolver, ...cloneable } = options;
  const input: WorkerInput = { options: cloneable };
  const pending: Batch[] = [];
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };

  const slots: Slot[] = [];
  /** Pool buffers not in use. */
  const freeBuffers: SharedArrayBuffer[] = [];
  const release = (batch: Batch) => {
    if (batch.buffer instanceof SharedArrayBuffer) freeBuffers.push(batch.buffer);
    batch.buffer = batch.view = null;
  };
  let restarts = 0;
  let orphans = false;
  const startWorker = (): Slot => {
    const slot: Slot = {
      worker: new Worker(WORKER_URL, { workerData: input, resourceLimits: WORKER_HEAP }),
      inFlight: [],
    };
    slot.worker.on('message', (reply: WorkerReply) => {
      const i = slot.inFlight.findIndex((b) => b.seq === reply.seq);
      if (i === -1) return;
      const [batch] = slot.inFlight.splice(i, 1);
      batch!.analyzed = fromWorker(reply, batch!.locations);
      release(batch!);
      notify();
    });
    // A worker that dies takes no message with it: its batches become error entries, and a new worker
    // takes its place for the rest of the scan.
    const lost = (reason: string) => {
      const index = slots.indexOf(slot);
      if (index === -1) return;
      // Its batches are analysed again in this thread from their shared buffer; a message moved to the
      // worker (one larger than the pool buffers) is gone with it and becomes an error entry.
      for (const b of slot.inFlight) {
        if (b.buffer instanceof SharedArrayBuffer) b.orphaned = orphans = true;
        else b.analyzed = b.locations.map((location) => errorEntry(location, reason));
      }
      slot.inFlight = [];
      // A worker that keeps dying (it cannot even start, say) is not restarted for ever: without workers,
      // this thread analyses the rest itself.
      if (restarts++ < MAX_WORKER_RESTARTS) slots[index] = startWorker();
      else slots.splice(index, 1);
      notify();
    };
    slot.worker.on('error', (err) => lost(`internal error while analysing: ${err.message}`));
    slot.worker.on('exit', () => lost('internal error while analysing: the worker stopped unexpectedly'));
    return slot;
  };
  for (let i = 0; i < jobs; i++) slots.push(startWorker());

  /** Copies a message into the batch being filled (the caller made room: see the reading loop). */
  const addMessage = (batch: Batch, raw: RawMessage) => {
    const bytes = raw.bytes;
    let at = 0;
    if (bytes.length > SHARED_BUFFER_BYTES) {
      // Alone in its batch. A large message that owns its memory travels as it is: moved to the worker, never
      // copied (a 100 MB message is held once, test/hostile). It is never one of the reader's reused buffers:
      // those are 1 MiB, so a message this large was joined from several of them into memory of its own.
      const owned = bytes.byteOffset === 0 && bytes.length === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
      batch.buffer = owned ? bytes.buffer : Uint8Array.from(bytes).buffer;
    } else {
      if (batch.view === null) {
        batch.buffer = freeBuffers.pop() ?? new SharedArrayBuffer(SHARED_BUFFER_BYTES);
        batch.view = new Uint8Array(batch.buffer);
      }
      at = batch.bytes;
      batch.view.set(bytes, at);
    }
    batch.messages.push({ start: at, end: at + bytes.length, location: raw.location, envelope: raw.envelope });
    batch.locations.push(raw.location);
    batch.events.push(null);
    batch.bytes += bytes.length;
  };

  const dispatch = async (batch: Batch) => {
    pending.push(batch);
    if (batch.messages.length === 0) {
      batch.analyzed = [];
      return;
    }
    if (slots.length === 0) {
      batch.analyzed = await analyzeHere(batch);
      release(batch);
      return;
    }
    const slot = slots.reduce((a, b) => (b.inFlight.length < a.inFlight.length ? b : a));
    const buffer = batch.buffer!;
    slot.inFlight.push(batch);
    // A shared buffer is shared, a buffer of its own is moved: the bytes are not copied again either way.
    const transfer = buffer instanceof SharedArrayBuffer ? [] : [buffer];
    slot.worker.postMessage({ seq: batch.seq, buffer, messages: batch.messages } satisfies BatchRequest, transfer);
  };

  /** Analysis in this thread, from the batch's buffer: when no worker is left, and for the batches of a worker that died. */
  const analyzeHere = async (batch: Batch): Promise<AnalyzedMessage[]> => {
    const { analyzeRawMessage } = await import('./analyze.js');
    const analyzed: AnalyzedMessage[] = [];
    for (const m of batch.messages) {
      const bytes = Buffer.from(batch.buffer!, m.start, m.end - m.start);
      analyzed.push(await analyzeRawMessage({ bytes, location: m.location, envelope: m.envelope }, options));
    }
    return analyzed;
  };
  const adoptOrphans = async () => {
    for (const b of pending) {
      if (!b.orphaned || b.analyzed) continue;
      b.analyzed = await analyzeHere(b);
      release(b);
    }
  };

  /** The events of finished batches at the head of the queue, in input order. */
  function* ready(): Generator<AnalyzedEvent> {
    while (pending.length > 0 && pending[0]!.analyzed) {
      const batch = pending.shift()!;
      let next = 0;
      for (const ev of batch.events) yield ev ?? { type: 'message', analyzed: batch.analyzed![next++]! };
    }
  }
  const full = () => slots.every((s) => s.inFlight.length >= BATCHES_IN_FLIGHT);

  let seq = 0;
  const newBatch = (): Batch => ({ seq: seq++, events: [], locations: [], bytes: 0, analyzed: null, buffer: null, view: null, messages: [], orphaned: false });
  let batch = newBatch();
  // The reader is asked for each event once, and while it has none yet (a pipe whose writer pauses, a slow
  // disk) the workers' replies are still taken and passed on: finished results never wait for the next input.
  const reader = readInputs(paths, { includeDeleted: options.includeDeleted, mboxo: options.mboxo, stdin, transientViews: true })[
    Symbol.asyncIterator
  ]();
  // The batch being filled is sent off when the reader has given nothing for a whole tick of this watchdog (one
  // timer per scan, not one per event): its messages are analysed now instead of when the input goes on.
  let awaitingInput = false;
  let readSinceTick = true;
  let idle = false;
  const watchdog = setInterval(() => {
    if (awaitingInput && !readSinceTick && batch.events.length > 0) {
      idle = true;
      notify();
    }
    readSinceTick = false;
  }, IDLE_TICK_MS);
  watchdog.unref();
  try {
    for (;;) {
      // A message's bytes are valid only until the next event is asked for (transientViews): each is copied into
      // its batch before the next request.
      const nextInput = reader.next();
      awaitingInput = true;
      let result: IteratorResult<InputEvent> | null = null;
      while (result === null) {
        result = await Promise.race([nextInput, new Promise<null>((r) => (wake = () => r(null)))]);
        if (result !== null) break;
        // Woken while waiting for input: a batch came back, a worker died, or the input is idle.
        if (idle) {
          idle = false;
          if (batch.events.length > 0) {
            await dispatch(batch);
            batch = newBatch();
          }
        }
        if (orphans) await adoptOrphans();
        yield* ready();
      }
      awaitingInput = false;
      readSinceTick = true;
      if (result.done) break;
      const ev = result.value;
      if (ev.type === 'message') {
        // A batch fits its pool buffer, or is one large message alone.
        if (batch.events.length > 0 && batch.bytes + ev.message.bytes.length > SHARED_BUFFER_BYTES) {
          await dispatch(batch);
          batch = newBatch();
        }
        addMessage(batch, ev.message);
      } else batch.events.push(eventWithoutAnalysis(ev));
      const target = BATCH_MESSAGES[Math.min(seq, BATCH_MESSAGES.length - 1)]!;
      if (batch.messages.length >= target || batch.bytes >= BATCH_MAX_BYTES) {
        await dispatch(batch);
        batch = newBatch();
      }
      if (orphans) await adoptOrphans();
      yield* ready();
      while (slots.length > 0 && full()) {
        await new Promise<void>((r) => (wake = r));
        if (orphans) await adoptOrphans();
        yield* ready();
      }
    }
    await dispatch(batch);
    if (orphans) await adoptOrphans();
    yield* ready();
    while (pending.length > 0) {
      await new Promise<void>((r) => (wake = r));
      if (orphans) await adoptOrphans();
      yield* ready();
    }
  } finally {
    clearInterval(watchdog);
    // Not awaited: a request for input may still be pending (the consumer stopped while the input stalled), and
    // the generator's return waits behind it.
    reader.return?.(undefined).catch(() => undefined);
    const all = slots.splice(0);
    await Promise.all(all.map((s) => s.worker.terminate()));
  }
}

/** A batch's analyses as they came from a worker: one entry per message, in batch order. */
function fromWorker(reply: WorkerReply, locations: Location[]): AnalyzedMessage[] {
  const analyzed: AnalyzedMessage[] = [];
  for (let i = 0; i < reply.facts.length; i++) analyzed.push(new WorkerAnalysis(reply.reports[i]!, reply.facts[i]!, locations[i]!));
  return analyzed;
}

/**
 * A worker's analysis of one message, with its report entry parsed only when someone reads it (NDJSON output
 * never does). It is its own summary. A class, not an object literal with a getter: this is made for every
 * message, and a literal would create a getter function each time.
 */
class WorkerAnalysis implements AnalyzedMessage, ReportSummary {
  readonly verdict: ReportSummary['verdict'];
  readonly amazonRelated: boolean;
  readonly securityEntry: AnalyzedMessage['securityEntry'];
  readonly steps: AnalyzedMessage['steps'];
  readonly origin: AnalyzedMessage['origin'];
  private parsed: MessageReport | undefined;

  constructor(
    readonly reportJson: string,
    facts: MessageFacts,
    readonly location: Location,
  ) {
    this.verdict = facts.verdict;
    this.amazonRelated = facts.amazonRelated;
    this.securityEntry = facts.securityEntry;
    this.steps = facts.steps;
    this.origin = facts.origin;
  }

  get summary(): ReportSummary {
    return this;
  }

  get report(): MessageReport {
    return (this.parsed ??= JSON.parse(this.reportJson) as MessageReport);
  }
}
