// A gzip'd ustar archive whose bytes depend only on the entries given: fixed time, owner root, sorted names.
import { gzipSync } from "node:zlib";

const BLOCK = 512;
// 1980-01-01T00:00:00Z, the same instant the zips carry.
const FIXED_TIME = 315532800;

/**
 * @param {{name: string, data?: Buffer, mode: number, directory?: boolean}[]} entries names use "/", at most 100 bytes
 * @returns {Buffer}
 */
export function tarGz(entries) {
  const sorted = [...entries].sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
  const blocks = [];
  for (const entry of sorted) {
    const data = entry.directory ? Buffer.alloc(0) : entry.data;
    blocks.push(header(entry.directory ? `${entry.name}/` : entry.name, data.length, entry.mode, entry.directory));
    blocks.push(data, Buffer.alloc((BLOCK - (data.length % BLOCK)) % BLOCK));
  }
  blocks.push(Buffer.alloc(BLOCK * 2));
  // Node writes no file name and a zero time into the gzip header, so the same tar always gzips the same.
  return gzipSync(Buffer.concat(blocks), { level: 9 });
}

function header(name, size, mode, directory) {
  const bytes = Buffer.from(name, "utf8");
  if (bytes.length > 100) {
    throw new Error(`The archive entry name is longer than 100 bytes: ${name}`);
  }
  const block = Buffer.alloc(BLOCK);
  bytes.copy(block, 0);
  octal(block, 100, 8, mode);
  octal(block, 108, 8, 0);
  octal(block, 116, 8, 0);
  octal(block, 124, 12, size);
  octal(block, 136, 12, FIXED_TIME);
  block.fill(" ", 148, 156);
  block.write(directory ? "5" : "0", 156, "ascii");
  block.write("ustar\u000000", 257, "ascii");
  block.write("root", 265, "ascii");
  block.write("root", 297, "ascii");
  let sum = 0;
  for (const byte of block) {
    sum += byte;
  }
  block.write(`${sum.toString(8).padStart(6, "0")}\u0000 `, 148, "ascii");
  return block;
}

function octal(block, at, width, value) {
  block.write(`${value.toString(8).padStart(width - 1, "0")}\u0000`, at, "ascii");
}
