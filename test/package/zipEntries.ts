import * as fs from 'node:fs';

export interface ZipEntry {
  readonly name: string;
  readonly size: number;
}

/** Lists a zip archive's entries from its central directory (enough to audit a VSIX; no extraction). */
export function zipEntries(file: string): ZipEntry[] {
  const data = fs.readFileSync(file);
  const endSignature = 0x06054b50;
  let end = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 65_557); i--) {
    if (data.readUInt32LE(i) === endSignature) {
      end = i;
      break;
    }
  }
  if (end < 0) {
    throw new Error(`${file} is not a zip archive`);
  }
  const count = data.readUInt16LE(end + 10);
  let offset = data.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (data.readUInt32LE(offset) !== 0x02014b50) {
      throw new Error(`${file}: bad central directory at ${offset}`);
    }
    const size = data.readUInt32LE(offset + 24);
    const nameLength = data.readUInt16LE(offset + 28);
    const extraLength = data.readUInt16LE(offset + 30);
    const commentLength = data.readUInt16LE(offset + 32);
    entries.push({ name: data.toString('utf8', offset + 46, offset + 46 + nameLength), size });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
