/**
 * The lines of a byte stream, read a chunk at a time (a platform's file may hold millions of lines, never the
 * whole file in memory). Breaks as Node's readline makes them for the upload tool (scripts/filing/records.ts):
 * `\r\n`, `\n` or a lone `\r`; no empty line after a final break. Each line carries the bytes read so far.
 */
export async function* readLines(stream: ReadableStream<Uint8Array>): AsyncGenerator<{ text: string; bytes: number }> {
  const reader = stream.getReader();
  const decoder = new TextDecoder('utf-8');
  let rest = '';
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      rest += decoder.decode(value, { stream: true });
      let start = 0;
      for (let i = 0; i < rest.length; i++) {
        const c = rest.charCodeAt(i);
        if (c !== 10 && c !== 13) continue;
        // A `\r` at the end of what has arrived may be the first half of `\r\n`: wait for the next chunk.
        if (c === 13 && i === rest.length - 1) break;
        yield { text: rest.slice(start, i), bytes };
        if (c === 13 && rest.charCodeAt(i + 1) === 10) i++;
        start = i + 1;
      }
      rest = rest.slice(start);
    }
    rest += decoder.decode();
    if (rest.endsWith('\r')) rest = rest.slice(0, -1);
    if (rest) yield { text: rest, bytes };
  } finally {
    reader.releaseLock();
  }
}
