import { useMemo } from 'react';
import { encode } from 'uqr';

/**
 * A QR code as an SVG image with an accessible name: one path of dark modules on a white square
 * with a quiet zone (readers need it), drawn crisp at any size (`shape-rendering: crispEdges`).
 */
export function RoomQr({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => {
    const qr = encode(text, { ecc: 'M', border: 4 });
    let d = '';
    qr.data.forEach((row, y) => {
      row.forEach((dark, x) => {
        if (dark) d += `M${x} ${y}h1v1h-1z`;
      });
    });
    return { size: qr.size, path: d };
  }, [text]);
  return (
    <svg className="room-qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
