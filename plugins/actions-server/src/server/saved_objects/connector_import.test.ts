import type { SavedObject } from '@kbn/core-server';
import { filterConnectorsForImport } from './connector_import';
import type { RawConnector } from './raw_connector';

const connector = (id: string): SavedObject<RawConnector> => ({
  id,
  type: 'action',
  references: [],
  attributes: { actionTypeId: '.server-log', name: id, isMissingSecrets: false, config: {}, secrets: {} },
});
const isPreconfigured = (id: string) => id === 'my-slack';

describe('connectors left out of an import', () => {
  test('a connector with a preconfigured connector’s id is removed with Kibana’s warning', async () => {
    const result = await filterConnectorsForImport([{ object: connector('my-slack') }, { object: connector('ok-1') }], { createNewCopies: false }, isPreconfigured);
    expect(result).toEqual({
      removed: ['my-slack'],
      warnings: [
        {
          type: 'simple',
          message: 'Connector with ID [my-slack] conflicts with a preconfigured connector and was removed. The preconfigured connector will be used instead.',
        },
      ],
    });
  });

  test('a retry whose destination id is preconfigured is removed too; new copies never clash', async () => {
    expect((await filterConnectorsForImport([{ object: connector('a'), destinationId: 'my-slack' }], { createNewCopies: false }, isPreconfigured)).removed).toEqual(['a']);
    expect((await filterConnectorsForImport([{ object: connector('my-slack'), destinationId: 'x' }], { createNewCopies: true }, isPreconfigured)).removed).toEqual([]);
  });

  test('invalid ids are removed in one warning, unless the connector gets another id', async () => {
    const result = await filterConnectorsForImport(
      [{ object: connector('Bad ID') }, { object: connector('also/bad') }, { object: connector('Fine-With-Destination'), destinationId: 'fine' }, { object: connector('good-id') }],
      { createNewCopies: false },
      isPreconfigured
    );
    expect(result).toEqual({
      removed: ['Bad ID', 'also/bad'],
      warnings: [
        {
          type: 'simple',
          message:
            'Connectors with IDs [Bad ID, also/bad] have invalid IDs and were removed. Connector IDs must contain only lowercase letters, numbers, and hyphens and be 36 characters or less.',
        },
      ],
    });
    expect((await filterConnectorsForImport([{ object: connector('Bad ID'), destinationId: 'uuid' }], { createNewCopies: true }, isPreconfigured)).removed).toEqual([]);
  });
});
