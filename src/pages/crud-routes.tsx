import type { ReactNode } from 'react';
import { Route } from 'react-router';

/** list / create / edit/:id / show/:id under the current path; each area's routes module builds on it. */
export function crud(list: ReactNode, pages: { create?: ReactNode; edit?: ReactNode; show?: ReactNode } = {}) {
  return (
    <>
      <Route index element={list} />
      {pages.create && <Route path="create" element={pages.create} />}
      {pages.edit && <Route path="edit/:id" element={pages.edit} />}
      {pages.show && <Route path="show/:id" element={pages.show} />}
    </>
  );
}
