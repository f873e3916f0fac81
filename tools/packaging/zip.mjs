// A zip writer whose output depends only on the entries given: no clock, no owner, no order of the file system.
// Stores store packages (Chrome Web Store, Edge Add-ons, addons.mozilla.org) and families can check them by hash.
import { crc32, deflateRawSync } from "node:zlib";

// 1980-01-01 00:00, the earliest time a zip can say: every entry carries it, so the bytes never carry a build time.
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;
const VERSION_NEEDED = 20;
const MADE_BY_UNIX = (3 << 8) | VERSION_NEEDED;
const UTF8_NAMES = 0x0800;
const STORED = 0;
const DEFLATED = 8;

/**
 * @param {{name: string, data: Buffer, mode?: number}[]} entries file entries; names use "/" and are written in
 *   byte order of their UTF-8 names, whatever order they come in
 * @returns {Buffer}
 */
export function zip(entries) {
  const sorted = [...entries].sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const entry of sorted) {
    const name = Buffer.from(entry.name, "utf8");
    const deflated = deflateRawSync(entry.data, { level: 9 });
    const method = deflated.length < entry.data.length ? DEFLATED : STORED;
    const body = method === DEFLATED ? deflated : entry.data;
    const checksum = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeCommon(local, 4, method, checksum, body.length, entry.data.length, name.length);
    locals.push(local, name, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(MADE_BY_UNIX, 4);
    writeCommon(central, 6, method, checksum, body.length, entry.data.length, name.length);
    // Extra length, comment length, disk number and internal attributes stay 0.
    central.writeUInt32LE(((entry.mode ?? 0o644) | 0o100000) * 0x10000, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }

  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function writeCommon(header, at, method, checksum, compressedSize, size, nameLength) {
  header.writeUInt16LE(VERSION_NEEDED, at);
  header.writeUInt16LE(UTF8_NAMES, at + 2);
  header.writeUInt16LE(method, at + 4);
  header.writeUInt16LE(DOS_TIME, at + 6);
  header.writeUInt16LE(DOS_DATE, at + 8);
  header.writeUInt32LE(checksum, at + 10);
  header.writeUInt32LE(compressedSize, at + 14);
  header.writeUInt32LE(size, at + 18);
  header.writeUInt16LE(nameLength, at + 22);
}
