/** Shown while a lazily loaded route arrives. Plain markup: it must not pull antd into the entry chunk. */
export function PageLoader() {
  return (
    <div className="page-loader" role="status" aria-busy="true">
      <span className="page-loader__dot" />
    </div>
  );
}
