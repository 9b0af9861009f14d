/**
 * A minimal ZIP reader for tests (central directory + stored/deflated entries, via node:zlib):
 * enough to look inside an .xlsx without another package or the library that wrote it.
 */
import { inflateRawSync } from 'node:zlib';

export function unzip(bytes: ArrayBuffer | Uint8Array): Map<string, string> {
  const b = Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  let eocd = -1;
  for (let i = b.length - 22; i >= 0; i--) {
    if (b.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file');
  const count = b.readUInt16LE(eocd + 10);
  let off = b.readUInt32LE(eocd + 16);
  const files = new Map<string, string>();
  for (let n = 0; n < count; n++) {
    if (b.readUInt32LE(off) !== 0x02014b50) throw new Error('bad central directory');
    const method = b.readUInt16LE(off + 10);
    const size = b.readUInt32LE(off + 20);
    const nameLen = b.readUInt16LE(off + 28);
    const extraLen = b.readUInt16LE(off + 30);
    const commentLen = b.readUInt16LE(off + 32);
    const local = b.readUInt32LE(off + 42);
    const name = b.toString('utf8', off + 46, off + 46 + nameLen);
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    const raw = b.subarray(start, start + size);
    files.set(name, (method === 0 ? raw : inflateRawSync(raw)).toString('utf8'));
    off += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}
