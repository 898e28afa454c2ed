import { compareByName } from './get_all_connectors';

describe('compareByName', () => {
  test('sorts as localeCompare with base sensitivity does: case and accents ignored', () => {
    const names = ['beta', 'Alpha', 'émile', 'alpha 2', 'Emile', 'zeta', 'ALPHA', '10 hooks', '9 hooks'];
    const expected = [...names].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
    expect([...names].map((name) => ({ name })).sort(compareByName).map(({ name }) => name)).toEqual(expected);
    expect(compareByName({ name: 'Émile' }, { name: 'emile' })).toBe(0);
  });
});
