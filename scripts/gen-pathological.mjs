#!/usr/bin/env node
/**
 * The pathological set of issue 10: mail shaped to make a mail reader crash, hang or run out of memory.
 * Nothing here is committed as a large file: every case is written on demand, by streaming, into a directory
 * (a temp dir by default), so a 300 MB case never needs 300 MB of this script's memory.
 *
 *   node scripts/gen-pathological.mjs [--out DIR] [--only name,name] [--big-mb N] [--storm N]
 *
 * prints one line per case: name, size in bytes, path. test/hostile/pathological.test.ts imports
 * `writeCase` and bounds each case in time and memory.
 */
import { closeSync, mkdtempSync, openSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const CRLF = '\r\n';

/** Headers that make the prefilter send a message to the full parse and the checks (it claims to be Amazon). */
const AMAZON_HEADERS = [
  'From: "Amazon.co.jp" <account-update@amazon.co.jp>',
  'To: hanako@example.jp',
  'Date: Mon, 23 Nov 2026 10:00:00 +0900',
  'Message-ID: <pathological@example.jp>',
  'MIME-Version: 1.0',
];

/** Writes strings and buffers to a file descriptor in large pieces. */
class Sink {
  constructor(path) {
    this.fd = openSync(path, 'w');
    this.pending = [];
    this.pendingBytes = 0;
  }
  write(chunk) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
    this.pending.push(b);
    this.pendingBytes += b.length;
    if (this.pendingBytes >= 4 << 20) this.flush();
  }
  /** Write `unit` `times` times without building the whole repetition in memory. */
  repeat(unit, times) {
    const u = typeof unit === 'string' ? Buffer.from(unit, 'latin1') : unit;
    const perBlock = Math.max(1, Math.floor((4 << 20) / u.length));
    const block = Buffer.alloc(u.length * Math.min(perBlock, times));
    for (let i = 0; i * u.length < block.length; i++) u.copy(block, i * u.length);
    let left = times;
    while (left > 0) {
      const n = Math.min(left, block.length / u.length);
      this.write(n * u.length === block.length ? block : block.subarray(0, n * u.length));
      left -= n;
    }
  }
  flush() {
    for (const b of this.pending) {
      let off = 0;
      while (off < b.length) off += writeSync(this.fd, b, off);
    }
    this.pending = [];
    this.pendingBytes = 0;
  }
  close() {
    this.flush();
    closeSync(this.fd);
  }
}

/**
 * Every case: `file` is its name on disk, `write(sink, size)` writes it. `size` is the case's own scale
 * parameter (default `scale`), so tests can run a smaller version of the same shape.
 */
export const CASES = {
  /** One Subject line of 50 MB, no folding (RFC 5322 2.1.1 says 998 characters; attackers do not care). */
  'header-line-50mb': {
    file: 'header-line-50mb.eml',
    scale: 50 * 1024 * 1024,
    write(s, bytes) {
      s.write(AMAZON_HEADERS.join(CRLF) + CRLF + 'Subject: ');
      s.repeat('Amazon ', Math.floor(bytes / 7));
      s.write(CRLF + 'Content-Type: text/plain' + CRLF + CRLF + 'Your account is locked.' + CRLF);
    },
  },

  /** multipart inside multipart, 10,000 levels, each with its own boundary, closed properly. */
  'nested-multipart-10000': {
    file: 'nested-multipart-10000.eml',
    scale: 10_000,
    write(s, depth) {
      s.write(AMAZON_HEADERS.join(CRLF) + CRLF + 'Subject: nested' + CRLF);
      s.write(`Content-Type: multipart/mixed; boundary="b0"${CRLF}${CRLF}`);
      for (let i = 1; i < depth; i++) {
        s.write(`--b${i - 1}${CRLF}Content-Type: multipart/mixed; boundary="b${i}"${CRLF}${CRLF}`);
      }
      s.write(`--b${depth - 1}${CRLF}Content-Type: text/plain${CRLF}${CRLF}Sign in at https://amazon-verify.example/${CRLF}`);
      for (let i = depth - 1; i >= 0; i--) s.write(`--b${i}--${CRLF}`);
    },
  },

  /** One HTML part with 100,000 links (MAX_LINKS_PER_MESSAGE is 2,000). */
  'html-100000-links': {
    file: 'html-100000-links.eml',
    scale: 100_000,
    write(s, links) {
      s.write(AMAZON_HEADERS.join(CRLF) + CRLF + 'Subject: Your order' + CRLF);
      s.write(`Content-Type: text/html; charset=utf-8${CRLF}${CRLF}<html><body>${CRLF}`);
      for (let i = 0; i < links; i++) s.write(`<a href="https://amaz0n-${i % 97}.example/p/${i}">Amazon ${i}</a>${CRLF}`);
      s.write(`</body></html>${CRLF}`);
    },
  },

  /** A From display name of 100,000 characters that contains "Amazon" many times. */
  'display-name-100000': {
    file: 'display-name-100000.eml',
    scale: 100_000,
    write(s, chars) {
      const name = 'Amazon '.repeat(Math.ceil(chars / 7)).slice(0, chars);
      s.write(`From: "${name}" <billing@not-amazon.example>${CRLF}To: hanako@example.jp${CRLF}`);
      s.write(`Subject: Payment declined${CRLF}Date: Mon, 23 Nov 2026 10:00:00 +0900${CRLF}${CRLF}Update your card.${CRLF}`);
    },
  },

  /** A million tiny messages: the per-message cost, and whether memory grows with the count. */
  'from-storm-1m': {
    file: 'from-storm-1m.mbox',
    scale: 1_000_000,
    write(s, count) {
      const unit = `From a@b.example Mon Nov 23 10:00:00 2026${'\n'}Subject: x${'\n'}${'\n'}x${'\n'}${'\n'}`;
      s.repeat(unit, count);
    },
  },

  /** NUL bytes in header names, values and the body. */
  'nul-bytes': {
    file: 'nul-bytes.eml',
    scale: 1,
    write(s) {
      s.write(`From: "Ama\0zon" <account@amazon.co.jp\0.evil.example>${CRLF}Subj\0ect: \0\0\0${CRLF}`);
      s.write(`To: hanako@example.jp${CRLF}Date: Mon, 23 Nov 2026 10:00:00 +0900${CRLF}\0: \0${CRLF}${CRLF}`);
      s.write(Buffer.alloc(4096));
      s.write(`${CRLF}https://amazon.co.jp\0.evil.example/signin${CRLF}`);
    },
  },

  /** The same NUL bytes in the second message of an mbox (the first message is clean). */
  'nul-bytes-mbox': {
    file: 'nul-bytes.mbox',
    scale: 1,
    write(s) {
      s.write(`From a@example.com Mon Nov 23 10:00:00 2026\nFrom: Amazon <a@amazon.co.jp>\nSubject: clean\n\nclean\n\n`);
      s.write(`From b@example.com Mon Nov 23 10:00:01 2026\n`);
      CASES['nul-bytes'].write(s);
      s.write('\n');
    },
  },

  /** mboxcl2 Content-Length values that lie: too long, too short, negative, absurd, not a number. */
  'content-length-lies': {
    file: 'content-length-lies.mbox',
    scale: 1,
    write(s) {
      const lies = ['999999999999999999999', '5', '-40', '100000', 'abc', '0x10', '1e9'];
      lies.forEach((cl, i) => {
        s.write(`From sender${i}@example.com Mon Nov 23 10:00:0${i} 2026\n`);
        s.write(`From: "Amazon" <no-reply${i}@amazon.co.jp>\nSubject: message ${i + 1}\nContent-Length: ${cl}\n\n`);
        s.write(`Body ${i + 1}.\nFrom here on, nothing.\n\n`);
      });
    },
  },

  /** A message whose last line has no line ending (and whose header block never ends). */
  'no-final-newline': {
    file: 'no-final-newline.eml',
    scale: 1,
    write(s) {
      s.write(`From: Amazon <account@amazon.co.jp>${CRLF}Subject: no final newline`);
    },
  },

  /** One message of several hundred MB: a base64 attachment. `scale` is the message size in bytes. */
  'huge-message': {
    file: 'huge-message.eml',
    scale: 300 * 1024 * 1024,
    write(s, bytes) {
      s.write(AMAZON_HEADERS.join(CRLF) + CRLF + 'Subject: Your invoice' + CRLF);
      s.write(`Content-Type: multipart/mixed; boundary="huge"${CRLF}${CRLF}--huge${CRLF}`);
      s.write(`Content-Type: text/plain; charset=utf-8${CRLF}${CRLF}Sign in: https://amazon-invoice.example/signin${CRLF}--huge${CRLF}`);
      s.write(`Content-Type: application/pdf; name="invoice.pdf"${CRLF}Content-Transfer-Encoding: base64${CRLF}${CRLF}`);
      // 76 base64 characters a line (RFC 2045 6.8).
      s.repeat('QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB' + CRLF, Math.floor(bytes / 78));
      s.write(`--huge--${CRLF}`);
    },
  },

  /** A mail forwarding a mail forwarding a mail... as message/rfc822 attachments, hundreds deep. */
  'rfc822-nested-300': {
    file: 'rfc822-nested-300.eml',
    scale: 300,
    write(s, depth) {
      for (let i = 0; i < depth; i++) {
        s.write(`From: "Amazon" <fwd${i}@amazon.co.jp>${CRLF}Subject: Fwd #${i}${CRLF}MIME-Version: 1.0${CRLF}`);
        s.write(`Content-Type: multipart/mixed; boundary="r${i}"${CRLF}${CRLF}--r${i}${CRLF}`);
        s.write(`Content-Type: text/plain${CRLF}${CRLF}level ${i}${CRLF}--r${i}${CRLF}Content-Type: message/rfc822${CRLF}${CRLF}`);
      }
      s.write(`From: Amazon <account@amazon.co.jp>${CRLF}Subject: innermost${CRLF}${CRLF}https://amazon-signin.example/${CRLF}`);
      for (let i = depth - 1; i >= 0; i--) s.write(`--r${i}--${CRLF}`);
    },
  },
};

/** Write one case into `dir` (scaled by `scale`, default the case's own) and return its path and size. */
export function writeCase(name, dir, scale) {
  const c = CASES[name];
  if (!c) throw new Error(`unknown case ${name}; known: ${Object.keys(CASES).join(', ')}`);
  const path = join(dir, c.file);
  const sink = new Sink(path);
  try {
    c.write(sink, scale ?? c.scale);
  } finally {
    sink.close();
  }
  return { name, path, bytes: statSync(path).size };
}

function main(argv) {
  let out;
  let only = Object.keys(CASES);
  const scales = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') out = argv[++i];
    else if (a === '--only') only = argv[++i].split(',');
    else if (a === '--big-mb') scales['huge-message'] = Number(argv[++i]) * 1024 * 1024;
    else if (a === '--storm') scales['from-storm-1m'] = Number(argv[++i]);
    else throw new Error(`unknown argument ${a}`);
  }
  const dir = out ?? mkdtempSync(join(tmpdir(), 'amzcheck-pathological-'));
  for (const name of only) {
    const r = writeCase(name, dir, scales[name]);
    process.stdout.write(`${r.name}\t${r.bytes}\t${r.path}\n`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
