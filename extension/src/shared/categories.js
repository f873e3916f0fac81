(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;

  // Host category id -> locale key of the child-facing sentence (docs/protocol.md "Categories").
  ns.categoryMessageKeys = Object.freeze({
    flattery: "categoryFlattery",
    secrecy: "categorySecrecy",
    isolation: "categoryIsolation",
    private_channel: "categoryPrivateChannel",
    personal_info: "categoryPersonalInfo",
    photo_request: "categoryPhotoRequest",
    sexual_talk: "categorySexualTalk",
    gifts: "categoryGifts",
    meeting: "categoryMeeting",
    threats: "categoryThreats",
    age_gap: "categoryAgeGap",
  });

  // The host lists categories strongest first; the first one we know names the pattern.
  ns.patternMessageKey = (categories) => {
    for (const id of Array.isArray(categories) ? categories : []) {
      if (Object.hasOwn(ns.categoryMessageKeys, id)) return ns.categoryMessageKeys[id];
    }
    return "categoryGeneric";
  };
})();
