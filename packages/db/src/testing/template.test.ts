import { describe, expect, it } from 'vitest';
import { testDatabaseTime } from './template';

describe('test database names', () => {
  it('carry the time their run started, so a run that never tore down is found by age', () => {
    const time = Date.UTC(2026, 10, 27, 12, 8, 27);
    expect(testDatabaseTime(`aa_test_${time.toString(36)}_a1b2c3_d4e5f6a7`)).toBe(time);
    // Names from before runs were marked read the same way.
    expect(testDatabaseTime(`aa_test_${time.toString(36)}_cb8fa7f6`)).toBe(time);
  });

  it('ignore every other database', () => {
    expect(testDatabaseTime('aa_template_b9b42eabc94b')).toBeNull();
    expect(testDatabaseTime('aa_e2e')).toBeNull();
    expect(testDatabaseTime('aa_test_')).toBeNull();
    expect(testDatabaseTime('postgres')).toBeNull();
  });
});
