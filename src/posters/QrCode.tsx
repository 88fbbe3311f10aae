import { type QrOptions, qrModules, qrPath } from './qr';

const QUIET = 4;

interface Props {
  text: string;
  label: string;
  options?: QrOptions;
  /**
   * The widest the code may be on screen, in CSS pixels. It is then drawn a whole number of pixels per module: a code
   * scaled by a fraction has modules of uneven width, and a camera's decoder (ZXing) can then misjudge its size.
   */
  fitWidth?: number;
}

/** A QR code as SVG: sharp at any print size, drawn on the device. */
export function QrCode({ text, label, options, fitWidth }: Props) {
  const modules = qrModules(text, options);
  const size = modules.length + QUIET * 2;
  const side = fitWidth ? Math.max(1, Math.floor(fitWidth / size)) * size : undefined;
  return (
    <svg
      class="qr"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shape-rendering="crispEdges"
      data-qr={text}
      {...(side ? { width: side, height: side, style: { width: `${side}px`, height: `${side}px` } } : {})}
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={qrPath(modules, QUIET)} fill="#000" />
    </svg>
  );
}
