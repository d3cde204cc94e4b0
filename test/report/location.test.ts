/** Where a message is, as the human report names it: a file of its own by its name, a message in a mailbox by number and offset. */
import { describe, expect, test } from 'vitest';
import { scan } from '../../src/index.js';
import { formatHuman } from '../../src/report/format/human.js';

const EML = 'fixtures/lures/callback-pt-charge-body-claim.eml';
const MBOX = 'fixtures/demo/inbox.mbox';

describe('message locations in the human report', () => {
  test('a file holding one message is named alone, without "#1 (byte 0)"', async () => {
    const text = formatHuman(await scan([EML], { lang: 'en' }));
    expect(text).toContain(EML);
    expect(text).not.toContain(`${EML} #1`);
    const ja = formatHuman(await scan([EML], { lang: 'ja' }));
    expect(ja).not.toContain(`${EML} #1`);
  });

  test('a message in a mailbox keeps its number and byte offset, in both languages', async () => {
    expect(formatHuman(await scan([MBOX], { lang: 'en' }))).toMatch(/inbox\.mbox #2 \(byte \d+\)/);
    expect(formatHuman(await scan([MBOX], { lang: 'ja' }))).toMatch(/inbox\.mbox #2（先頭から \d+ バイト）/);
  });
});
