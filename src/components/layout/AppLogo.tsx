/** A small shop-and-box mark drawn inline (no image request, crisp at any size). */
export function AppLogo({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="30" height="30" rx="7" fill="#1677ff" />
      <path d="M7 13.5 9.2 8h13.6l2.2 5.5" fill="none" stroke="#fff" strokeWidth="2" strokeLinejoin="round" />
      <path d="M8 13.5h16v10a1.5 1.5 0 0 1-1.5 1.5h-13A1.5 1.5 0 0 1 8 23.5z" fill="#fff" />
      <path d="M13 25v-5.5h6V25" fill="#1677ff" />
    </svg>
  );
}
