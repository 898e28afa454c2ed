import { EuiConfirmModal } from '@elastic/eui';

export interface DeleteConnectorsModalProps {
  count: number;
  isDeleting: boolean;
  onCancel(): void;
  onConfirm(): void;
}

const noun = (count: number) => (count === 1 ? 'connector' : 'connectors');

/** Kibana's confirmation before deleting connectors. */
export function DeleteConnectorsModal({ count, isDeleting, onCancel, onConfirm }: DeleteConnectorsModalProps) {
  return (
    <EuiConfirmModal
      title={`Delete ${count} ${noun(count)}`}
      onCancel={onCancel}
      onConfirm={onConfirm}
      cancelButtonText="Cancel"
      confirmButtonText={count === 1 ? 'Delete connector' : `Delete ${count} connectors`}
      buttonColor="danger"
      defaultFocusedButton="confirm"
      isLoading={isDeleting}
      data-test-subj="deleteIdsConfirmation"
    >
      <p>{`You won't be able to recover deleted ${noun(count)}.`}</p>
    </EuiConfirmModal>
  );
}
