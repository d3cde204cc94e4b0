#!/usr/bin/env node
// Lays a mailbox out as a Maildir (one file per message in cur/), to measure what a folder of many small files
// costs against the same messages in one mbox (docs/performance.md, fifth round). Uses the project's own reader
// (dist/: run `npm run build` first), so the files hold what the scan would read: From_ lines removed, mboxrd
// escapes undone, Gmail chats skipped. File names keep the message's index in the mbox, so the folder sorts in
// mailbox order.
//
//   node bench/to-maildir.mjs MBOX DIR
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [mbox, dir] = process.argv.slice(2);
if (!mbox || !dir) {
  process.stderr.write('usage: node bench/to-maildir.mjs MBOX DIR\n');
  process.exit(2);
}
if (fs.existsSync(dir)) {
  process.stderr.write(`${dir} exists: give a new folder\n`);
  process.exit(2);
}
const { readInputs } = await import(path.join(REPO, 'dist', 'input', 'index.js'));
for (const sub of ['cur', 'new', 'tmp']) fs.mkdirSync(path.join(dir, sub), { recursive: true });
let files = 0;
let bytes = 0;
for await (const event of readInputs([mbox], {})) {
  if (event.type !== 'message') continue;
  const index = String(event.message.location.index).padStart(8, '0');
  fs.writeFileSync(path.join(dir, 'cur', `${index}.amzcheck-bench:2,S`), event.message.bytes);
  files++;
  bytes += event.message.bytes.length;
}
process.stdout.write(`${dir}: ${files} messages, ${(bytes / 1e6).toFixed(1)} MB\n`);
