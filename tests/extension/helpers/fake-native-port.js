// The browser side of a native messaging port: records what the extension posts and lets a test answer.
export class FakePort {
  posted = [];
  disconnected = false;
  #onMessage = [];
  #onDisconnect = [];
  onMessage = { addListener: (fn) => this.#onMessage.push(fn) };
  onDisconnect = { addListener: (fn) => this.#onDisconnect.push(fn) };
  postMessage(message) {
    if (this.disconnected) throw new Error("Attempting to use a disconnected port object");
    this.posted.push(message);
  }
  disconnect() {
    this.disconnected = true;
  }
  reply(message) {
    for (const fn of this.#onMessage) fn(message);
  }
  dropByBrowser() {
    this.disconnected = true;
    for (const fn of this.#onDisconnect) fn();
  }
  answerHello(familyFields = {}) {
    const hello = this.posted.find((m) => m.type === "hello");
    this.reply({ v: 1, id: hello.id, type: "hello", ok: true, protocol: 1, hostVersion: "0.1.0", modelLoaded: false, modelState: "loading", ...familyFields });
  }

  answer(type, fields = {}) {
    const request = this.posted.findLast((m) => m.type === type);
    this.reply({ v: 1, id: request.id, type, ok: true, ...fields });
  }
}
