// Host category id -> parent-facing label (docs/protocol.md "Categories"); the child sees other sentences.
const LABEL_KEYS = Object.freeze({
  flattery: "parentCategoryFlattery",
  secrecy: "parentCategorySecrecy",
  isolation: "parentCategoryIsolation",
  private_channel: "parentCategoryPrivateChannel",
  personal_info: "parentCategoryPersonalInfo",
  photo_request: "parentCategoryPhotoRequest",
  sexual_talk: "parentCategorySexualTalk",
  gifts: "parentCategoryGifts",
  meeting: "parentCategoryMeeting",
  threats: "parentCategoryThreats",
  age_gap: "parentCategoryAgeGap",
});

export const categoryLabel = (t, id) => (Object.hasOwn(LABEL_KEYS, id) ? t(LABEL_KEYS[id]) : t("parentCategoryOther"));
