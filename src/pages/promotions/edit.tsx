import { Edit, useForm } from '@refinedev/antd';
import { PromotionForm } from '../../components/promotions/PromotionForm.tsx';
import { cleanPromotion, PROMOTION_COLUMNS, promotionToForm, type PromotionFormValues, type PromotionRecord } from '../../components/promotions/promotion.ts';

export default function PromotionsEdit() {
  const { formProps, saveButtonProps, onFinish, query } = useForm<PromotionRecord, never, PromotionFormValues>({ redirect: 'list', meta: { select: PROMOTION_COLUMNS } });
  return (
    <Edit saveButtonProps={saveButtonProps} isLoading={query?.isLoading} canDelete={false}>
      {query?.data?.data && (
        <PromotionForm
          formProps={{
            ...formProps,
            initialValues: promotionToForm(query.data.data),
            onFinish: (values) => onFinish(cleanPromotion(values) as unknown as PromotionFormValues),
          }}
        />
      )}
    </Edit>
  );
}
