// Words of the people rule (people.ts): a title or a verb of naming stands right before a person's name (the family
// names are lib/text's shared list). Whitespace-separated; blank lines only group the words.

/** Titles and words of naming after which a name follows (导演程某某, 名叫韩某某, 委员关某某). */
export const TITLES_BEFORE_NAME = `
记者 通讯员 委员 主任 主席 书记 局长 部长 厂长 校长 院长 县长 市长 省长 村长 队长 会长 处长 科长 所长 站长
经理 助理 秘书 导演 演员 编剧 作者 教授 研究员 工程师 医生 律师 负责人 同志 先生 女士
名叫 叫做 名字叫
`;
