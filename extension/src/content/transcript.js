(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;

  // Memory only: the copy exists so a child can hand evidence to an adult; it is never sent or stored.
  ns.createTranscript = ({ perConversation = 1000, conversations = 20 } = {}) => {
    const byConversation = new Map();

    const add = (message) => {
      let lines = byConversation.get(message.conversation);
      if (!lines) {
        lines = [];
        byConversation.set(message.conversation, lines);
        if (byConversation.size > conversations) byConversation.delete(byConversation.keys().next().value);
      }
      lines.push({ contact: message.contact, direction: message.direction, text: message.text, time: message.time });
      if (lines.length > perConversation) lines.shift();
    };

    const render = ({ conversation, site, savedAt, header, me }) => {
      const lines = byConversation.get(conversation) ?? [];
      const body = lines.map((line) => `[${line.time}] ${line.direction === "outgoing" ? me : line.contact}: ${line.text}`);
      return [header, `${site} — ${conversation}`, `${savedAt}`, "", ...body, ""].join("\n");
    };

    const clear = () => byConversation.clear();

    return { add, render, clear };
  };
})();
