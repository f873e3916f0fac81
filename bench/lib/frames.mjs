// Native messaging framing: a 32-bit little-endian byte length, then that many bytes of UTF-8 JSON.

export function encodeFrame(message) {
  const body = Buffer.from(JSON.stringify(message), "utf8");
  const frame = Buffer.allocUnsafe(4 + body.length);
  frame.writeUInt32LE(body.length, 0);
  body.copy(frame, 4);
  return frame;
}

/** Collects stdout chunks and hands back every complete frame body, however the pipe split them. */
export class FrameDecoder {
  #pending = [];
  #pendingBytes = 0;

  push(chunk) {
    this.#pending.push(chunk);
    this.#pendingBytes += chunk.length;
    const bodies = [];
    while (this.#pendingBytes >= 4) {
      const head = this.#coalesce();
      const length = head.readUInt32LE(0);
      if (head.length < 4 + length) break;
      bodies.push(head.subarray(4, 4 + length));
      const rest = head.subarray(4 + length);
      this.#pending = rest.length > 0 ? [rest] : [];
      this.#pendingBytes = rest.length;
    }
    return bodies;
  }

  #coalesce() {
    if (this.#pending.length > 1) this.#pending = [Buffer.concat(this.#pending, this.#pendingBytes)];
    return this.#pending[0];
  }
}
