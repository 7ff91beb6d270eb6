import { Create } from '@refinedev/antd';
import { WriteOffForm } from '../../components/write-offs/WriteOffForm.tsx';

export default function WriteOffsCreate() {
  // The form has its own post button under the batches it will write off.
  return (
    <Create footerButtons={() => null}>
      <WriteOffForm />
    </Create>
  );
}
