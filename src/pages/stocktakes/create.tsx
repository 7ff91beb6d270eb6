import { Create } from '@refinedev/antd';
import { StocktakeSheet } from '../../components/stocktakes/StocktakeSheet.tsx';

export default function StocktakesCreate() {
  // The sheet has its own post button next to the totals.
  return (
    <Create footerButtons={() => null}>
      <StocktakeSheet />
    </Create>
  );
}
