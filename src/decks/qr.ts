/**
 * The QR code on a deck's title slide, as SVG markup (uqr: no canvas, no request). Dark modules on white in
 * both themes, with a quiet zone, so a phone's camera reads it off a projector. Used at build time when the
 * public address is known (SITE_URL), otherwise in the page from the address it is served at.
 */
import { renderSVG } from 'uqr';

export function qrSvg(address: string): string {
  return renderSVG(address, { ecc: 'M', border: 2, whiteColor: '#ffffff', blackColor: '#000000' });
}
