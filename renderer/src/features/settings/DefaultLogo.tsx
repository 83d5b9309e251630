/**
 * Stand-in shown in the preview when no logo was uploaded; the printed letter uses the
 * default letterhead logo shipped with the app.
 */
export function DefaultLogo() {
  return (
    <svg viewBox="0 0 100 100" role="img" aria-label="Logo" xmlns="http://www.w3.org/2000/svg">
      <circle cx="50" cy="50" r="46" fill="#fff" stroke="#05658c" strokeWidth="5" />
      <circle cx="50" cy="50" r="36" fill="none" stroke="#05658c" strokeWidth="1.5" strokeDasharray="3 3" />
      <text x="50" y="58" textAnchor="middle" fontFamily="Arial, sans-serif" fontWeight="700" fontSize="22" fill="#05658c">
        ORI
      </text>
    </svg>
  );
}
