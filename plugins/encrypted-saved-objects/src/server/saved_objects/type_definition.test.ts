import { EncryptedSavedObjectTypeDefinition } from './type_definition';

describe('EncryptedSavedObjectTypeDefinition', () => {
  const definition = new EncryptedSavedObjectTypeDefinition({
    type: 'action',
    attributesToEncrypt: new Set(['secrets', { key: 'token', dangerouslyExposeValue: true }, { key: 'apiKey' }]),
    attributesToIncludeInAAD: new Set(['actionTypeId', 'config']),
  });

  test('encrypts every listed attribute and strips all but the exposed ones', () => {
    expect([...definition.attributesToEncrypt]).toEqual(['secrets', 'token', 'apiKey']);
    expect(['secrets', 'token', 'apiKey', 'name'].filter((name) => definition.shouldBeStripped(name))).toEqual(['secrets', 'apiKey']);
  });

  test('collects the AAD attributes the object has', () => {
    expect(definition.collectAttributesForAAD({ actionTypeId: '.slack', name: 'n', secrets: 'x' })).toEqual({ actionTypeId: '.slack' });
    expect(definition.affectsCiphertexts('config')).toBe(true);
    expect(definition.affectsCiphertexts('name')).toBe(false);
  });

  test('rejects an empty list, overlaps and dotted names with Kibana messages', () => {
    expect(() => new EncryptedSavedObjectTypeDefinition({ type: 'x', attributesToEncrypt: new Set() })).toThrow('The "attributesToEncrypt" array for "x" is empty.');
    expect(
      () => new EncryptedSavedObjectTypeDefinition({ type: 'x', attributesToEncrypt: new Set(['a', 'b']), attributesToIncludeInAAD: new Set(['b']) })
    ).toThrow("Invalid EncryptedSavedObjectTypeRegistration for type 'x'. attributesToIncludeInAAD must not contain any values in attributesToEncrypt: b");
    expect(() => new EncryptedSavedObjectTypeDefinition({ type: 'x', attributesToEncrypt: new Set(['ssl.key']) })).toThrow(
      'These dotted keys are not permitted to prevent misuse: ssl.key.'
    );
  });

  test('keeps its own copy of the AAD set', () => {
    const aad = new Set(['a']);
    const copy = new EncryptedSavedObjectTypeDefinition({ type: 'x', attributesToEncrypt: new Set(['s']), attributesToIncludeInAAD: aad });
    aad.add('b');
    expect([...copy.attributesToIncludeInAAD]).toEqual(['a']);
  });
});
