import { Show } from '@refinedev/antd';
import { useRecord } from '../../components/common/useRecord.ts';
import { StocktakeDetails } from '../../components/stocktakes/StocktakeDetails.tsx';
import { ADJUSTMENT_COLUMNS, type AdjustmentRow } from '../../components/stocktakes/StocktakesTable.tsx';

export default function StocktakesShow() {
  const { record: doc, query } = useRecord<AdjustmentRow>({ select: ADJUSTMENT_COLUMNS });
  return (
    <Show isLoading={query.isLoading} title={doc?.adjustment_no} canEdit={false} canDelete={false}>
      {doc && <StocktakeDetails doc={doc} />}
    </Show>
  );
}
