/**
 * The ten sources of the thesis the course is built from, numbered as the thesis cites them.
 * Titles are given in English as the thesis's translation renders them; entries [1] and [10]
 * are unnumbered in the thesis's list and take their numbers from its citations.
 */
export interface Reference {
  n: number;
  authors: string;
  title: string;
  publication: string;
  year: number;
  kind: 'article' | 'book';
}

export const REFERENCES: readonly Reference[] = [
  {
    n: 1,
    authors: 'Yu Kexin',
    title: 'On strategic alliances and the competitive advantage of enterprises',
    publication: 'Industrial Enterprise Management (reprinted materials), no. 3, pp. 78–81',
    year: 2001,
    kind: 'article',
  },
  {
    n: 2,
    authors: 'Zhou Jianlin',
    title: 'A course in management',
    publication: 'Shanghai University of Finance and Economics Press, pp. 135–137',
    year: 2000,
    kind: 'book',
  },
  {
    n: 3,
    authors: 'Li Xinchun',
    title: 'Enterprise alliances and networks',
    publication: "Guangdong People's Publishing House, pp. 26–33",
    year: 2000,
    kind: 'book',
  },
  {
    n: 4,
    authors: 'Guo Xinwei',
    title:
      'Strategic joint ventures: a new approach to the international operation of Chinese enterprises',
    publication: 'Industrial Enterprise Management (reprinted materials), no. 3, pp. 74–77',
    year: 2001,
    kind: 'article',
  },
  {
    n: 5,
    authors: 'Shi (given name lost in translation)',
    title: 'On the evolution of enterprise strategic alliances',
    publication: 'Journal of Capital University of Economics and Business, no. 3, pp. 105–108',
    year: 2002,
    kind: 'article',
  },
  {
    n: 6,
    authors: 'Yao Chen',
    title: 'Theoretical research on enterprise strategic alliances: a review',
    publication: 'Industrial Enterprise Management (reprinted materials), no. 9, pp. 47–52',
    year: 2002,
    kind: 'article',
  },
  {
    n: 7,
    authors: 'Huang Liwei',
    title: 'A value-chain view of strategic alliances',
    publication: 'Enterprise Research, no. 3',
    year: 2002,
    kind: 'article',
  },
  {
    n: 8,
    authors: 'Michael E. Porter',
    title: 'Competitive Advantage (Chinese edition)',
    publication: 'China Financial and Economic Publishing House, pp. 102–200',
    year: 1988,
    kind: 'book',
  },
  {
    n: 9,
    authors: 'Rui Mingjie',
    title: 'Management: a modern view',
    publication: "Shanghai People's Publishing House, pp. 403–411",
    year: 1999,
    kind: 'book',
  },
  {
    n: 10,
    authors: 'Zhao Changping, Wang Fanghua, Ge',
    title: 'The negative effects of strategic alliances and what they teach',
    publication: 'Industrial Enterprise Management (reprinted materials), no. 10',
    year: 2002,
    kind: 'article',
  },
];
