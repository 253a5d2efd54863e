// The « said » intent: what someone said, thinks or holds, who said it, and where and when. One file per job:
// reading the question (ask), the speaker a description or an acronym stands for (speaker), words a sentence gives
// as someone's that ingest left to no one (own-words), showing words (shown), and one answer per file.
export { asksPosition, speechAsk, speechVerbAt } from "./ask.js";
export { describing } from "./describe.js";
export { discussed } from "./discussed.js";
export { ownWordsIn, reportedClause, saidRightAfter } from "./own-words.js";
export { said, saidOnTopic } from "./said.js";
export { speechSetting } from "./setting.js";
export { reportedShort } from "./shown.js";
export { asksSourceOfLast, sourceOfLast } from "./source-of-last.js";
export { withSpeaker } from "./speaker.js";
export { isStandingDecline } from "./standing.js";
export { offTopicSpeech, onSubject } from "./topic.js";
export { whoSaid } from "./who-said.js";
