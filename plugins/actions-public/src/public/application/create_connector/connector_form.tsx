import { EuiFieldText, EuiForm, EuiFormRow, EuiSpacer } from '@elastic/eui';
import { BASE_ACTION_API_PATH, connectorIdAvailabilityResponseCodec, suggestConnectorId, validateConnectorId } from '@kbn/actions-common';
import type { HttpSetup } from '@kbn/core-public';
import { useEffect, useState } from 'react';
import type { ConnectorFormValues, ConnectorTypeModel } from '../../types';

export type IdAvailability = 'unknown' | 'checking' | 'available' | 'taken';

export const CONNECTOR_ID_TAKEN_MESSAGE = 'A connector with this ID already exists.';
export const CONNECTOR_NAME_REQUIRED_MESSAGE = 'Name is required.';

export interface ConnectorFormProps {
  http: HttpSetup;
  model: ConnectorTypeModel;
  isEdit: boolean;
  values: ConnectorFormValues;
  onChange(values: ConnectorFormValues): void;
  /** Errors are shown once the user tried to save. */
  showErrors: boolean;
  onIdAvailability(availability: IdAvailability): void;
}

/** The problems that keep a form from being saved, by field. */
export function validateConnectorForm(values: ConnectorFormValues, availability: IdAvailability): { name?: string; id?: string } {
  return {
    name: values.name.trim() ? undefined : CONNECTOR_NAME_REQUIRED_MESSAGE,
    id: validateConnectorId(values.id) ?? (availability === 'taken' ? CONNECTOR_ID_TAKEN_MESSAGE : undefined),
  };
}

/** Name and id (suggested from the name until edited, checked live), then the type's own fields. */
export function ConnectorForm({ http, model, isEdit, values, onChange, showErrors, onIdAvailability }: ConnectorFormProps) {
  const [idEdited, setIdEdited] = useState(isEdit);
  const [availability, setAvailability] = useState<IdAvailability>('unknown');
  const errors = validateConnectorForm(values, availability);
  const TypeFields = model.connectorFields;

  useEffect(() => {
    if (isEdit || validateConnectorId(values.id) !== undefined) {
      setAvailability('unknown');
      return;
    }
    setAvailability('checking');
    const controller = new AbortController();
    const timer = setTimeout(() => {
      http
        .get(`${BASE_ACTION_API_PATH}/connector/${encodeURIComponent(values.id)}/_check_availability`, {
          codec: connectorIdAvailabilityResponseCodec,
          signal: controller.signal,
        })
        .then(
          ({ connectorIdAvailable }) => setAvailability(connectorIdAvailable ? 'available' : 'taken'),
          () => !controller.signal.aborted && setAvailability('unknown')
        );
    }, 300);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [http, isEdit, values.id]);

  useEffect(() => onIdAvailability(availability), [availability, onIdAvailability]);

  const idError = errors.id && (showErrors || values.id !== '' || idEdited) ? errors.id : undefined;
  return (
    <EuiForm component="form" onSubmit={(event) => event.preventDefault()}>
      <EuiFormRow label="Connector name" isInvalid={showErrors && !!errors.name} error={errors.name} fullWidth>
        <EuiFieldText
          fullWidth
          value={values.name}
          isInvalid={showErrors && !!errors.name}
          data-test-subj="nameInput"
          onChange={(event) => {
            const name = event.target.value;
            onChange({ ...values, name, id: idEdited ? values.id : suggestConnectorId(name) });
          }}
        />
      </EuiFormRow>
      <EuiFormRow
        label="Connector ID"
        helpText={isEdit ? 'The ID cannot be changed.' : availability === 'checking' ? 'Checking availability…' : availability === 'available' ? 'This ID is available.' : 'Lowercase letters, numbers and hyphens; up to 36 characters.'}
        isInvalid={!!idError}
        error={idError}
        fullWidth
      >
        <EuiFieldText
          fullWidth
          value={values.id}
          readOnly={isEdit}
          isInvalid={!!idError}
          data-test-subj="connectorIdInput"
          onChange={(event) => {
            setIdEdited(true);
            onChange({ ...values, id: event.target.value });
          }}
        />
      </EuiFormRow>
      {TypeFields && (
        <>
          <EuiSpacer size="m" />
          <TypeFields
            isEdit={isEdit}
            config={values.config}
            secrets={values.secrets}
            onChange={(next) => onChange({ ...values, config: next.config ?? values.config, secrets: next.secrets ?? values.secrets })}
          />
        </>
      )}
    </EuiForm>
  );
}
