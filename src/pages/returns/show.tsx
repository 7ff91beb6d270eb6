import { Show } from '@refinedev/antd';
import { useRecord } from '../../components/common/useRecord.ts';
import { ReturnActions } from '../../components/returns/ReturnActions.tsx';
import { ReturnDetails, useReturnLines } from '../../components/returns/ReturnDetails.tsx';
import { RETURN_COLUMNS, type ReturnRow } from '../../components/returns/types.ts';

export default function ReturnsShow() {
  const { record: ret, query } = useRecord<ReturnRow>({ select: RETURN_COLUMNS });
  const { lines, isLoading } = useReturnLines(ret?.id);
  return (
    <Show
      isLoading={query.isLoading}
      title={ret?.return_no}
      canEdit={false}
      canDelete={false}
      headerButtons={({ defaultButtons }) => (
        <>
          {ret && <ReturnActions ret={ret} lines={lines} />}
          {defaultButtons}
        </>
      )}
    >
      {ret && <ReturnDetails ret={ret} lines={lines} loading={isLoading} />}
    </Show>
  );
}
