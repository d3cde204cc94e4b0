/**
 * Pieces shared by the fixture generators (scripts/gen-payload-fixtures.mjs, scripts/gen-claims-fixtures.mjs):
 * a small valid PDF with text and link annotations, and a multipart/mixed mail with attachments. Deterministic.
 */
const CRLF = '\r\n';

/** A small valid PDF: each page a few lines of Helvetica text and link annotations with URI actions. */
export function makePdf(pages) {
  // pages: [{ lines: [string], links: [{url, rect:[x1,y1,x2,y2]}] }]
  const objs = [];
  const add = (s) => { objs.push(s); return objs.length; };
  const catalog = add(null), pagesId = add(null), font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const kids = [];
  for (const p of pages) {
    const esc = (t) => t.replace(/[\\()]/g, (c) => '\\' + c);
    const stream = 'BT /F1 12 Tf 50 750 Td 14 TL ' + p.lines.map((l) => `(${esc(l)}) '`).join(' ') + ' ET';
    const content = add(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    const annots = (p.links ?? []).map((l) => add(`<< /Type /Annot /Subtype /Link /Rect [${l.rect.join(' ')}] /Border [0 0 0] /A << /S /URI /URI (${l.url}) >> >>`));
    kids.push(add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R${annots.length ? ` /Annots [${annots.map((a) => `${a} 0 R`).join(' ')}]` : ''} >>`));
  }
  objs[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`;
  objs[pagesId - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets = [];
  objs.forEach((o, i) => { offsets.push(out.length); out += `${i + 1} 0 obj\n${o}\nendobj\n`; });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n` + offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objs.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A multipart/mixed mail with a short body and the given attachments ({ name, type, bytes }). */
export function withAttachments(headers, bodyLines, attachments) {
  const boundary = '=_payload_fixture_boundary';
  const lines = [...headers, `Content-Type: multipart/mixed; boundary="${boundary}"`, '', `--${boundary}`, 'Content-Type: text/plain; charset=utf-8', '', ...bodyLines];
  for (const a of attachments) {
    lines.push(`--${boundary}`, `Content-Type: ${a.type}${a.name ? `; name="${a.name}"` : ''}`, 'Content-Transfer-Encoding: base64');
    lines.push(`Content-Disposition: ${a.inline ? 'inline' : 'attachment'}${a.name ? `; filename="${a.name}"` : ''}`, '');
    lines.push(...(a.bytes.toString('base64').match(/.{1,76}/g) ?? []));
  }
  lines.push(`--${boundary}--`, '');
  return lines.join(CRLF);
}

