/**
 * Which of many phrases occur in a text, in one pass over the text (Aho-Corasick, compiled to a table), with
 * the word rule of findPhrase (src/checks/security-code/text.ts): a phrase that starts or ends with a Latin
 * letter or digit counts only where it stands as a word there. Searching each phrase on its own costs one
 * scan of the text per phrase (about 170 for the mail wording); this costs one scan whatever their number.
 *
 * Phrases and texts are compared as written: the caller normalises both the same way.
 */

/** The characters findPhrase's word rule looks at: /[a-z0-9]/ on one UTF-16 unit ("" and NaN are not). */
function isLatinWordUnit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

export interface PhraseMatcher {
  /** found[i] is 1 when phrase i occurs in `text` (under the word rule), else 0. */
  find(text: string): Uint8Array;
}

/**
 * Build the matcher. The table has one row per trie node and one column per distinct UTF-16 unit of the
 * phrases (plus one for every other unit), so its size is bounded by the phrase data, not by any input.
 */
export function compilePhrases(phrases: readonly string[]): PhraseMatcher {
  const count = phrases.length;
  const lengths = new Int32Array(count);
  const checkStart = new Uint8Array(count);
  const checkEnd = new Uint8Array(count);
  const alwaysFound: number[] = [];

  // Column of each UTF-16 unit; 0 for units in no phrase (they lead back to the root).
  const columnOf = new Uint16Array(0x10000);
  let columns = 1;
  for (const p of phrases) {
    for (let i = 0; i < p.length; i++) {
      const u = p.charCodeAt(i);
      if (columnOf[u] === 0) columnOf[u] = columns++;
    }
  }

  // The trie: children per node as maps during the build, and the phrases that end at each node.
  const children: Map<number, number>[] = [new Map()];
  const ends: number[][] = [[]];
  phrases.forEach((p, id) => {
    lengths[id] = p.length;
    checkStart[id] = p.length > 0 && isLatinWordUnit(p.charCodeAt(0)) ? 1 : 0;
    checkEnd[id] = p.length > 0 && isLatinWordUnit(p.charCodeAt(p.length - 1)) ? 1 : 0;
    // findPhrase finds "" at 0 in every text.
    if (p.length === 0) {
      alwaysFound.push(id);
      return;
    }
    let node = 0;
    for (let i = 0; i < p.length; i++) {
      const col = columnOf[p.charCodeAt(i)];
      let child = children[node].get(col);
      if (child === undefined) {
        child = children.length;
        children.push(new Map());
        ends.push([]);
        children[node].set(col, child);
      }
      node = child;
    }
    ends[node].push(id);
  });

  // Breadth first: each node's failure link (longest proper suffix that is a trie node) and its full row of
  // transitions, so scanning never follows failure links. Outputs include those of the failure chain.
  const nodes = children.length;
  // Node numbers fit 16 bits for any realistic phrase list (the mail wording has about 3,000 nodes): half the memory.
  const next = nodes <= 0xffff ? new Uint16Array(nodes * columns) : new Int32Array(nodes * columns);
  const fail = new Int32Array(nodes);
  const outputs: (Int32Array | null)[] = new Array<Int32Array | null>(nodes).fill(null);
  const order: number[] = [0];
  for (let q = 0; q < order.length; q++) {
    const node = order[q];
    const base = node * columns;
    const failBase = fail[node] * columns;
    for (let col = 0; col < columns; col++) {
      const child = children[node].get(col);
      if (child === undefined) {
        next[base + col] = node === 0 ? 0 : next[failBase + col];
      } else {
        next[base + col] = child;
        fail[child] = node === 0 ? 0 : next[failBase + col];
        order.push(child);
      }
    }
    const own = ends[node];
    const inherited = node === 0 ? null : outputs[fail[node]];
    if (own.length > 0 || inherited) outputs[node] = Int32Array.from([...own, ...(inherited ?? [])]);
  }

  return {
    find(text: string): Uint8Array {
      const found = new Uint8Array(count);
      for (const id of alwaysFound) found[id] = 1;
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        state = next[state * columns + columnOf[text.charCodeAt(i)]];
        const out = outputs[state];
        if (out === null) continue;
        for (let k = 0; k < out.length; k++) {
          const id = out[k];
          if (found[id] === 1) continue;
          // The occurrence spans text[i - length + 1 .. i]; the units around it decide the word rule.
          if (checkStart[id] === 1 && isLatinWordUnit(text.charCodeAt(i - lengths[id]))) continue;
          if (checkEnd[id] === 1 && isLatinWordUnit(text.charCodeAt(i + 1))) continue;
          found[id] = 1;
        }
      }
      return found;
    },
  };
}
