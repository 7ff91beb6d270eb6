import { Edit, useForm } from '@refinedev/antd';
import { CouponForm } from '../../components/coupons/CouponForm.tsx';
import { cleanCoupon, COUPON_COLUMNS, couponToForm, type CouponFormValues, type CouponRecord } from '../../components/coupons/coupon.ts';

export default function CouponsEdit() {
  const { formProps, saveButtonProps, onFinish, query } = useForm<CouponRecord, never, CouponFormValues>({ redirect: 'list', meta: { select: COUPON_COLUMNS } });
  return (
    <Edit saveButtonProps={saveButtonProps} isLoading={query?.isLoading} canDelete={false}>
      {query?.data?.data && (
        <CouponForm
          creating={false}
          formProps={{
            ...formProps,
            initialValues: couponToForm(query.data.data),
            onFinish: (values) => onFinish(cleanCoupon(values, { creating: false }) as unknown as CouponFormValues),
          }}
        />
      )}
    </Edit>
  );
}
