import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { crud } from './crud-routes.tsx';

const NotFoundPage = lazy(() => import('./not-found/index.tsx'));
const ProductsList = lazy(() => import('./products/list.tsx'));
const ProductsCreate = lazy(() => import('./products/create.tsx'));
const ProductsEdit = lazy(() => import('./products/edit.tsx'));
const ProductsShow = lazy(() => import('./products/show.tsx'));
const CategoriesList = lazy(() => import('./categories/list.tsx'));
const BrandsList = lazy(() => import('./brands/list.tsx'));
const BrandsCreate = lazy(() => import('./brands/create.tsx'));
const BrandsEdit = lazy(() => import('./brands/edit.tsx'));
const WarehousesList = lazy(() => import('./warehouses/list.tsx'));
const WarehousesCreate = lazy(() => import('./warehouses/create.tsx'));
const WarehousesEdit = lazy(() => import('./warehouses/edit.tsx'));
const StockLevelsList = lazy(() => import('./stock-levels/list.tsx'));
const StockBatchesList = lazy(() => import('./stock-batches/list.tsx'));
const StockMovementsList = lazy(() => import('./stock-movements/list.tsx'));
const StockReceiptsList = lazy(() => import('./stock-receipts/list.tsx'));
const StockReceiptsCreate = lazy(() => import('./stock-receipts/create.tsx'));
const StockReceiptsShow = lazy(() => import('./stock-receipts/show.tsx'));
const StocktakesList = lazy(() => import('./stocktakes/list.tsx'));
const StocktakesCreate = lazy(() => import('./stocktakes/create.tsx'));
const StocktakesShow = lazy(() => import('./stocktakes/show.tsx'));
const TransfersList = lazy(() => import('./transfers/list.tsx'));
const TransfersCreate = lazy(() => import('./transfers/create.tsx'));
const TransfersShow = lazy(() => import('./transfers/show.tsx'));
const WriteOffsList = lazy(() => import('./write-offs/list.tsx'));
const WriteOffsCreate = lazy(() => import('./write-offs/create.tsx'));
const WriteOffsShow = lazy(() => import('./write-offs/show.tsx'));
const AlertsList = lazy(() => import('./alerts/list.tsx'));

const AREAS = {
  products: crud(<ProductsList />, { create: <ProductsCreate />, edit: <ProductsEdit />, show: <ProductsShow /> }),
  categories: crud(<CategoriesList />),
  brands: crud(<BrandsList />, { create: <BrandsCreate />, edit: <BrandsEdit /> }),
  warehouses: crud(<WarehousesList />, { create: <WarehousesCreate />, edit: <WarehousesEdit /> }),
  stock: (
    <>
      <Route path="levels" element={<StockLevelsList />} />
      <Route path="batches" element={<StockBatchesList />} />
      <Route path="movements" element={<StockMovementsList />} />
      <Route path="receipts">{crud(<StockReceiptsList />, { create: <StockReceiptsCreate />, show: <StockReceiptsShow /> })}</Route>
      <Route path="stocktakes">{crud(<StocktakesList />, { create: <StocktakesCreate />, show: <StocktakesShow /> })}</Route>
      <Route path="transfers">{crud(<TransfersList />, { create: <TransfersCreate />, show: <TransfersShow /> })}</Route>
      <Route path="write-offs">{crud(<WriteOffsList />, { create: <WriteOffsCreate />, show: <WriteOffsShow /> })}</Route>
    </>
  ),
  alerts: crud(<AlertsList />),
};

/**
 * The routes of the catalogue, stock and alert screens below one base path (App.tsx mounts this
 * module at /products/*, /categories/*, /brands/*, /warehouses/*, /stock/* and /alerts/*). Kept out of
 * the entry chunk: the login route loads none of it (`npm run bench:bundle`).
 */
export default function InventoryRoutes({ area }: { area: keyof typeof AREAS }) {
  return (
    <Routes>
      {AREAS[area]}
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
