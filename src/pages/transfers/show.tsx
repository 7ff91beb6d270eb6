import { Show } from '@refinedev/antd';
import { useRecord } from '../../components/common/useRecord.ts';
import { TransferActions } from '../../components/transfers/TransferActions.tsx';
import { TransferDetails } from '../../components/transfers/TransferDetails.tsx';
import { TRANSFER_COLUMNS, type TransferRow } from '../../components/transfers/types.ts';

export default function TransfersShow() {
  const { record: transfer, query } = useRecord<TransferRow>({ select: TRANSFER_COLUMNS });
  return (
    <Show
      isLoading={query.isLoading}
      title={transfer?.transfer_no}
      canEdit={false}
      canDelete={false}
      headerButtons={({ defaultButtons }) => (
        <>
          {transfer && <TransferActions transfer={transfer} />}
          {defaultButtons}
        </>
      )}
    >
      {transfer && <TransferDetails transfer={transfer} />}
    </Show>
  );
}
