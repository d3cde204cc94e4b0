/** Write to stdout respecting back-pressure, so a slow reader (| less) never makes output pile up in memory. */
export function writeOut(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = process.stdout.write(text, (err) => (err ? reject(err) : undefined));
    if (ok) resolve();
    else process.stdout.once('drain', resolve);
  });
}
