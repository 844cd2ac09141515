/**
 * The course's fixed lists, each written once: the six levels of integration, the six stages of
 * the construction process and the six obstacles. Items offer them as answer options or as the
 * buckets cards are sorted into; a list an item shortens or words its own way stays in the item.
 */

const LEVELS = [
  ['strategic', 'Strategic'],
  ['tactical', 'Tactical'],
  ['operational', 'Operational'],
  ['organizational', 'Organizational'],
  ['interpersonal', 'Interpersonal'],
  ['cultural', 'Cultural'],
] as const;

const STAGES = [
  ['decide', 'Strategic decision'],
  ['choose', 'Partner choice'],
  ['design', 'Design'],
  ['negotiate', 'Negotiation'],
  ['operate', 'Operation'],
  ['evaluate', 'Evaluation'],
] as const;

const OBSTACLES = [
  ['path', 'Path dependence'],
  ['uncoop', 'Uncooperative behavior'],
  ['lag', 'Lagging organization and management'],
  ['culture', 'Cultural conflict'],
  ['trust', 'Lack of mutual trust'],
  ['timing', 'Mistiming'],
] as const;

type List = ReadonlyArray<readonly [id: string, name: string]>;

const asOptions = (list: List, lowerCase: boolean) =>
  list.map(([id, name]) => ({ id, text: lowerCase ? name.toLowerCase() : name }));
const asBuckets = (list: List) => list.map(([id, name]) => ({ id, label: name }));

/** The six levels of integration as options: "Strategic", …, or "strategic", … in a sentence. */
export const levelOptions = ({ lowerCase = false } = {}) => asOptions(LEVELS, lowerCase);
export const levelBuckets = () => asBuckets(LEVELS);
export const stageOptions = () => asOptions(STAGES, false);
export const stageBuckets = () => asBuckets(STAGES);
export const obstacleOptions = () => asOptions(OBSTACLES, false);
