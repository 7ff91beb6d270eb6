import { Create, useForm } from '@refinedev/antd';
import { CouponForm } from '../../components/coupons/CouponForm.tsx';
import { cleanCoupon, type CouponFormValues, type CouponRecord } from '../../components/coupons/coupon.ts';

export default function CouponsCreate() {
  const { formProps, saveButtonProps, onFinish } = useForm<CouponRecord, never, CouponFormValues>({ redirect: 'list', meta: { select: 'id' } });
  return (
    <Create saveButtonProps={saveButtonProps}>
      <CouponForm creating formProps={{ ...formProps, onFinish: (values) => onFinish(cleanCoupon(values, { creating: true }) as unknown as CouponFormValues) }} />
    </Create>
  );
}
