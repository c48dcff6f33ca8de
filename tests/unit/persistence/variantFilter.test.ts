import { describe, expect, it } from 'vitest';
import { variantPredicate } from '../../../src/persistence/variantFilter';
import type { StoredVariant } from '../../../src/persistence/storedRecords';

const base: StoredVariant = {
  id: 'v',
  processId: 'p',
  organisationseinheit: 'Bezirksamt Mitte',
  modellart: 'IST',
  status: 'entwurf',
  name: 'Wohngeld Mitte',
  headRevisionId: 'r',
  elementCount: 1,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  searchText: 'wohngeld mitte · bezirksamt mitte · ist · wohngeld'
};

describe('variantPredicate', () => {
  it('should match everything not deleted when no filter is given', () => {
    expect(variantPredicate()(base)).toBe(true);
    expect(variantPredicate()({ ...base, deletedAt: '2025-01-02T00:00:00.000Z' })).toBe(false);
    expect(variantPredicate({ includeDeleted: true })({ ...base, deletedAt: 'x' })).toBe(true);
  });

  it('should require every word of the text, folded', () => {
    expect(variantPredicate({ text: 'MITTE  wohngeld' })(base)).toBe(true);
    expect(variantPredicate({ text: 'mitte pankow' })(base)).toBe(false);
    expect(variantPredicate({ text: '   ' })(base)).toBe(true);
  });

  it('should filter by OE, Modellart, one or several statuses and process', () => {
    expect(variantPredicate({ organisationseinheit: ' Bezirksamt  Mitte' })(base)).toBe(true);
    expect(variantPredicate({ organisationseinheit: 'Bezirksamt Pankow' })(base)).toBe(false);
    expect(variantPredicate({ modellart: 'SOLL' })(base)).toBe(false);
    expect(variantPredicate({ status: ['freigegeben', 'entwurf'] })(base)).toBe(true);
    expect(variantPredicate({ status: 'archiviert' })(base)).toBe(false);
    expect(variantPredicate({ processId: 'other' })(base)).toBe(false);
  });
});
