// Renders a MailSpec the way it sits in a Gmail Takeout mbox: From_ line, Gmail's own headers on top
// (X-GM-THRID, X-Gmail-Labels, Delivered-To, Google's internal Received, ARC set, the mx.google.com hop,
// Received-SPF, Authentication-Results), then the sender's headers and the MIME body, mboxrd-quoted.
// Header layout copied from a real Takeout-style Amazon mail (corpus amazon-legit/etl-amazon-order-faucet.eml,
// docs/sources.md#real-samples-in-the-corpus).
import { createHash } from 'node:crypto';
import { createRandom } from './random.mjs';
import { base64Lines, encodedWord, encodeText, mboxrdEscape, quotedPrintable, rfc5322Date, takeoutAsctime } from './mime.mjs';

/** @typedef {import('./kinds.mjs').MailSpec} MailSpec */
/** @typedef {import('./random.mjs').createRandom} CreateRandom */

/**
 * A pool of random bytes that attachments and signatures are cut from: fresh random bytes per attachment
 * would dominate the generator's time, and compressibility does not matter to a mail reader. It has its own
 * fixed seed, so building it does not shift the mailbox's random sequence.
 */
let attachmentPool = Buffer.alloc(0);
function attachmentBytes(/** @type {ReturnType<CreateRandom>} */ rng, /** @type {number} */ size) {
  if (attachmentPool.length === 0) {
    const poolRng = createRandom(0x5eed);
    attachmentPool = Buffer.alloc(1 << 20);
    for (let i = 0; i < attachmentPool.length; i += 4) attachmentPool.writeUInt32LE((poolRng.next() * 0x100000000) >>> 0, i);
  }
  const start = rng.int(0, attachmentPool.length - size);
  return attachmentPool.subarray(start, start + size);
}

const signatureLines = (/** @type {ReturnType<CreateRandom>} */ rng, /** @type {number} */ bytes, /** @type {string} */ indent) => {
  const b64 = attachmentBytes(rng, bytes).toString('base64');
  const lines = [];
  for (let i = 0; i < b64.length; i += 64) lines.push(b64.slice(i, i + 64));
  return lines.join('\n' + indent);
};

/**
 * One text part's Content-Transfer-Encoding and wire body (as a latin1 "byte string", so 8-bit charsets
 * survive until the final Buffer).
 * @param {ReturnType<CreateRandom>} rng
 * @param {string} text
 * @param {import('./mime.mjs').Charset} charset
 */
function encodePart(rng, text, charset) {
  if (charset === 'ISO-2022-JP') return { cte: '7bit', body: encodeText(text, charset).toString('latin1') };
  if (charset !== 'UTF-8') {
    return rng.chance(0.7)
      ? { cte: 'base64', body: base64Lines(encodeText(text, charset)) }
      : { cte: '8bit', body: encodeText(text, charset).toString('latin1') };
  }
  const r = rng.next();
  if (r < 0.45) return { cte: 'quoted-printable', body: quotedPrintable(text) };
  if (r < 0.9) return { cte: 'base64', body: base64Lines(Buffer.from(text, 'utf8')) };
  return { cte: '8bit', body: Buffer.from(text, 'utf8').toString('latin1') };
}

/**
 * The bh= of a DKIM signature with simple body canonicalization (RFC 6376 section 3.4.3: CRLF line ends,
 * trailing empty lines removed), so that an offline body-hash check finds the body intact, as it is in real
 * unmodified mail. The signature itself (b=) stays random: verifying it needs the sender's key from DNS.
 */
function dkimBodyHash(/** @type {string} */ body) {
  let end = body.length;
  while (end > 0 && body.charCodeAt(end - 1) === 10) end--;
  const canonical = end === 0 ? '\r\n' : body.slice(0, end).replace(/\n/g, '\r\n') + '\r\n';
  return createHash('sha256').update(canonical, 'latin1').digest('base64');
}

const needsEncoding = (/** @type {string} */ s) => /[^\x20-\x7e]/.test(s);
const phrase = (/** @type {string} */ name, /** @type {import('./mime.mjs').Charset} */ charset) =>
  needsEncoding(name) ? encodedWord(name, charset) : `"${name}"`;

/**
 * @param {MailSpec} spec
 * @param {{rng: ReturnType<CreateRandom>, date: Date, index: number, owner: string}} ctx
 * @returns {{bytes: Buffer, gmailId: string, messageId: string, escapedFromLines: number, html: boolean, multipart: boolean, attachment: boolean, cte: Set<string>}}
 */
export function renderMessage(spec, ctx) {
  const { rng, date, index, owner } = ctx;
  const d = spec.delivery;
  const seconds = Math.floor(date.getTime() / 1000);
  const gmailId = (1700000000000000000n + BigInt(index) * 7919n).toString();
  const thread = (1700000000000000000n + BigInt(index - (index % 3)) * 7919n).toString();
  const messageId = `${gmailId.slice(-12)}.${index}@${d.messageIdDomain}`;
  const pst = rfc5322Date(date, -480) + ' (PST)';

  const ar = [];
  for (const s of d.dkim) ar.push(`dkim=${s.result} header.i=@${s.domain} header.s=${s.selector} header.b=${gmailId.slice(-8)}`);
  if (d.dkim.length === 0) ar.push('dkim=none');
  const mailFromDomain = d.mailFrom.slice(d.mailFrom.indexOf('@') + 1);
  const spfVerb = d.spf === 'pass' ? 'designates' : 'does not designate';
  ar.push(`spf=${d.spf} (google.com: domain of ${d.mailFrom.toLowerCase()} ${spfVerb} ${d.relayIp} as permitted sender) smtp.mailfrom=${d.mailFrom}`);
  if (d.dmarc) ar.push(`dmarc=${d.dmarc.result} (p=${d.dmarc.policy} sp=${d.dmarc.policy} dis=${d.dmarc.disposition}) header.from=${d.dmarc.fromDomain}`);
  const arBody = `mx.google.com;\n       ${ar.join(';\n       ')}`;

  const h = [];
  h.push(`X-GM-THRID: ${thread}`);
  h.push(`X-Gmail-Labels: ${spec.labels}`);
  h.push(`Delivered-To: ${owner}`);
  h.push(`Received: by 2002:a05:6a10:${(index % 65536).toString(16)}:b0:5a1:2b3c:4d5e with SMTP id ${gmailId.slice(-6)}csp${index};\n        ${pst}`);
  h.push(`X-Google-Smtp-Source: AGHT+IE${signatureLines(rng, 48, '')}`);
  h.push(`ARC-Seal: i=1; a=rsa-sha256; t=${seconds}; cv=none;\n        d=google.com; s=arc-20240605;\n        b=${signatureLines(rng, 258, '         ')}`);
  h.push(`ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=mime-version:subject:message-id:to:from:date:dkim-signature;\n        bh=${attachmentBytes(rng, 32).toString('base64')};\n        b=${signatureLines(rng, 258, '         ')}`);
  h.push(`ARC-Authentication-Results: i=1; ${arBody}`);
  h.push(`Return-Path: <${d.mailFrom}>`);
  h.push(`Received: from ${d.relayHost} (${d.relayHost}. [${d.relayIp}])\n        by mx.google.com with ESMTPS id ${gmailId.slice(-10)}si${index}\n        for <${owner}>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        ${pst}`);
  h.push(`Received-SPF: ${d.spf} (google.com: domain of ${d.mailFrom.toLowerCase()} ${spfVerb} ${d.relayIp} as permitted sender) client-ip=${d.relayIp};`);
  h.push(`Authentication-Results: ${arBody}`);
  // DKIM-Signature headers go here once the body, and so its hash, is known.
  const dkimAt = h.length;
  for (const hop of d.senderHops) h.push(`Received: ${hop};\n        ${rfc5322Date(new Date(date.getTime() - 2000), 540)}`);
  h.push(`Date: ${rfc5322Date(date, spec.lang === 'ja' ? 540 : 0)}`);
  h.push(`From: ${phrase(spec.fromName, spec.charset)} <${spec.fromAddress}>`);
  if (spec.replyTo) h.push(`Reply-To: ${spec.replyTo}`);
  h.push(`To: ${owner}`);
  h.push(`Message-ID: <${messageId}>`);
  h.push(`Subject: ${needsEncoding(spec.subject) ? encodedWord(spec.subject, spec.charset) : spec.subject}`);
  h.push('MIME-Version: 1.0');
  h.push(...d.extraHeaders);

  /** @type {{ct: string, cte: string, body: string, extra?: string}[]} */
  const parts = [];
  const cte = new Set();
  if (spec.text) {
    const p = encodePart(rng, spec.text, spec.charset);
    parts.push({ ct: `text/plain; charset=${spec.charset === 'UTF-8' ? 'UTF-8' : `"${spec.charset}"`}`, ...p });
  }
  if (spec.html) {
    const p = rng.chance(0.5) ? { cte: 'quoted-printable', body: quotedPrintable(spec.html) } : { cte: 'base64', body: base64Lines(Buffer.from(spec.html, 'utf8')) };
    parts.push({ ct: 'text/html; charset=UTF-8', ...p });
  }
  for (const p of parts) cte.add(p.cte);

  const partText = (/** @type {{ct: string, cte: string, body: string, extra?: string}} */ p) =>
    `Content-Type: ${p.ct}\nContent-Transfer-Encoding: ${p.cte}\n${p.extra ?? ''}\n${p.body}\n`;
  const boundary = `----=_Part_${index}_${rng.int(100000000, 999999999)}.${seconds}`;
  let body;
  let multipart = false;
  if (parts.length === 1 && !spec.attachment) {
    h.push(`Content-Type: ${parts[0].ct}`, `Content-Transfer-Encoding: ${parts[0].cte}`);
    body = parts[0].body + '\n';
  } else {
    multipart = true;
    const alternative = parts.length > 1
      ? `Content-Type: multipart/alternative; boundary="${boundary}_alt"\n\n${parts.map((p) => `--${boundary}_alt\n${partText(p)}`).join('')}--${boundary}_alt--\n`
      : partText(parts[0]);
    if (spec.attachment) {
      cte.add('base64');
      const a = spec.attachment;
      const filename = needsEncoding(a.name) ? `filename*=UTF-8''${encodeURIComponent(a.name)}` : `filename="${a.name}"`;
      h.push(`Content-Type: multipart/mixed; boundary="${boundary}"`);
      body = `--${boundary}\n${alternative}--${boundary}\nContent-Type: ${a.type}; name="${needsEncoding(a.name) ? encodedWord(a.name, 'UTF-8') : a.name}"\nContent-Disposition: attachment; ${filename}\nContent-Transfer-Encoding: base64\n\n${base64Lines(attachmentBytes(rng, a.size))}\n--${boundary}--\n`;
    } else {
      h.push(`Content-Type: multipart/alternative; boundary="${boundary}_alt"`);
      body = `${parts.map((p) => `--${boundary}_alt\n${partText(p)}`).join('')}--${boundary}_alt--\n`;
    }
  }
  const bodyHash = dkimBodyHash(body);
  h.splice(dkimAt, 0, ...d.dkim.map((s) =>
    `DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=${s.selector}; d=${s.domain}; t=${seconds};\n\th=Date:From:To:Message-ID:Subject:MIME-Version:Content-Type;\n\tbh=${bodyHash};\n\tb=${signatureLines(rng, 128, '\t')}`));
  const { text: quoted, escaped } = mboxrdEscape(body);
  const wire = `From ${gmailId}@xxx ${takeoutAsctime(date)}\n${h.join('\n')}\n\n${quoted}\n`;
  return {
    bytes: Buffer.from(wire, 'latin1'),
    gmailId, messageId, escapedFromLines: escaped,
    html: Boolean(spec.html), multipart, attachment: Boolean(spec.attachment), cte,
  };
}
