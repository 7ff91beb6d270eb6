import { Create, useForm } from '@refinedev/antd';
import { PromotionForm } from '../../components/promotions/PromotionForm.tsx';
import { cleanPromotion, type PromotionFormValues, type PromotionRecord } from '../../components/promotions/promotion.ts';

export default function PromotionsCreate() {
  const { formProps, saveButtonProps, onFinish } = useForm<PromotionRecord, never, PromotionFormValues>({ redirect: 'list', meta: { select: 'id' } });
  return (
    <Create saveButtonProps={saveButtonProps}>
      <PromotionForm formProps={{ ...formProps, onFinish: (values) => onFinish(cleanPromotion(values) as unknown as PromotionFormValues) }} />
    </Create>
  );
}
