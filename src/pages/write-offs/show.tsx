import { Show } from '@refinedev/antd';
import { useRecord } from '../../components/common/useRecord.ts';
import { WriteOffDetails } from '../../components/write-offs/WriteOffDetails.tsx';
import { WRITE_OFF_COLUMNS, type WriteOffRow } from '../../components/write-offs/WriteOffsTable.tsx';

export default function WriteOffsShow() {
  const { record: doc, query } = useRecord<WriteOffRow>({ select: WRITE_OFF_COLUMNS });
  return (
    <Show isLoading={query.isLoading} title={doc?.write_off_no} canEdit={false} canDelete={false}>
      {doc && <WriteOffDetails doc={doc} />}
    </Show>
  );
}
