import type { ItemDefinitionInput, ItemType } from './items';

const base = (id: string, prompt: string) => ({
  id,
  prompt,
  points: 1,
  objectives: [],
  explanation: '',
  hints: [],
  tags: [],
});

/**
 * A small valid item of each type, for an author to start from: the editor opens on it, and it
 * passes validateItem as it is, so every field the author changes can be seen to break or keep
 * the self-test.
 */
export function itemTemplate(type: ItemType, id: string): ItemDefinitionInput {
  switch (type) {
    case 'choice':
      return {
        ...base(id, 'Which of these is right?'),
        type,
        shuffle: true,
        options: [
          { id: 'a', text: 'The right answer', fraction: 1, feedback: 'Yes.' },
          { id: 'b', text: 'A tempting wrong answer', fraction: 0, feedback: 'Not quite.' },
        ],
      };
    case 'multiple-response':
      return {
        ...base(id, 'Which of these apply? Choose all that do.'),
        type,
        policy: 'right-minus-wrong',
        shuffle: true,
        options: [
          { id: 'a', text: 'One that applies', correct: true, feedback: '' },
          { id: 'b', text: 'Another that applies', correct: true, feedback: '' },
          { id: 'c', text: 'One that does not', correct: false, feedback: '' },
        ],
      };
    case 'ordering':
      return {
        ...base(id, 'Put these in order.'),
        type,
        grading: 'absolute-position',
        shuffle: true,
        items: [
          { id: 'first', text: 'First' },
          { id: 'second', text: 'Second' },
          { id: 'third', text: 'Third' },
        ],
      };
    case 'matching':
      return {
        ...base(id, 'Match each term with what it means.'),
        type,
        policy: 'per-part',
        shuffle: true,
        premises: [
          { id: 'p1', text: 'First term', match: 'r1' },
          { id: 'p2', text: 'Second term', match: 'r2' },
        ],
        responses: [
          { id: 'r1', text: 'What the first term means' },
          { id: 'r2', text: 'What the second term means' },
          { id: 'r3', text: 'A meaning that matches neither' },
        ],
      };
    case 'categorize':
      return {
        ...base(id, 'Sort these into the right group.'),
        type,
        policy: 'per-part',
        shuffle: true,
        buckets: [
          { id: 'one', label: 'Group one' },
          { id: 'two', label: 'Group two' },
        ],
        cards: [
          { id: 'c1', text: 'Belongs to group one', bucket: 'one' },
          { id: 'c2', text: 'Belongs to group two', bucket: 'two' },
        ],
      };
    case 'numeric':
      return {
        ...base(id, 'How much is it, in € million?'),
        type,
        answers: [
          { value: 10, tolerance: 0, toleranceType: 'absolute', fraction: 1, feedback: 'Exactly.' },
        ],
      };
    case 'short-text':
      return {
        ...base(id, 'Name the concept, in a word or two.'),
        type,
        caseSensitive: false,
        patterns: [{ pattern: 'answer*', fraction: 1, feedback: 'Yes.' }],
      };
    case 'inline-choice':
      return {
        ...base(id, 'Complete the sentence.'),
        type,
        shuffle: true,
        text: 'An alliance between a firm and its supplier is {{kind}}.',
        gaps: [
          {
            id: 'kind',
            options: [
              { id: 'v', text: 'vertical' },
              { id: 'h', text: 'horizontal' },
            ],
            answer: 'v',
            weight: 1,
            feedback: '',
          },
        ],
      };
    case 'essay':
      return {
        ...base(id, 'Advise the board, in a few paragraphs.'),
        type,
        minWords: 0,
        maxWords: 600,
        rubric: [
          {
            id: 'argument',
            title: 'Argument',
            levels: [
              { id: 'missing', label: 'Missing', points: 0, description: '' },
              {
                id: 'sound',
                label: 'Sound',
                points: 2,
                description: 'Uses evidence from the case.',
              },
            ],
          },
        ],
      };
  }
}
