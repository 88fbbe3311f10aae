import { qrModules, qrPath, type QrOptions } from './qr';

const QUIET = 4;

/** A QR code as SVG: sharp at any print size, drawn on the device. */
export function QrCode({ text, label, options }: { text: string; label: string; options?: QrOptions }) {
  const modules = qrModules(text, options);
  const size = modules.length + QUIET * 2;
  return (
    <svg class="qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges" data-qr={text}>
      <rect width={size} height={size} fill="#fff" />
      <path d={qrPath(modules, QUIET)} fill="#000" />
    </svg>
  );
}
