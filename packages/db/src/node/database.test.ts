import { describe, expect, it } from 'vitest';
import { describeError, quoteIdent, withDatabase } from './database';

describe('describeError', () => {
  it('puts the driver’s reason first and the failed step after it', () => {
    const error = new Error('Failed query: CREATE SCHEMA "drizzle"\nparams: ', {
      cause: new Error('database "x" does not exist'),
    });
    expect(describeError(error)).toBe(
      'database "x" does not exist (while: Failed query: CREATE SCHEMA "drizzle")',
    );
  });

  it('handles plain errors and non-errors', () => {
    expect(describeError(new Error('boom'))).toBe('boom');
    expect(describeError('text')).toBe('text');
  });
});

describe('withDatabase and quoteIdent', () => {
  it('swaps the database and keeps credentials and options', () => {
    expect(withDatabase('postgres://u:p@h:5432/a?sslmode=require', 'b')).toBe(
      'postgres://u:p@h:5432/b?sslmode=require',
    );
  });

  it('quotes identifiers, doubling embedded quotes', () => {
    expect(quoteIdent('aa_test')).toBe('"aa_test"');
    expect(quoteIdent('we"ird')).toBe('"we""ird"');
  });
});
