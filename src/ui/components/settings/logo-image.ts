/**
 * A picked logo made small enough to store and sync: any photo or scan is drawn onto a canvas
 * no larger than LOGO_MAX_SIDE_PX and encoded as PNG (keeps transparency), or as JPEG on white
 * when the PNG is over MAX_LOGO_CHARS (a photo), at falling quality and then size until it fits.
 * The server checks the same limit; this only makes sure any picture a person has will do.
 */
import { LOGO_MAX_SIDE_PX, logoCheck, MAX_LOGO_CHARS } from '../../../domain/clinic-identity-record';

/** The size that fits `width`×`height` inside `max`×`max`, keeping the ratio; never enlarged. */
export function fitWithin(width: number, height: number, max: number): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height, 1));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Draws the picture at a size and returns its data URL in the type asked for. */
export type Encode = (side: number, type: 'image/png' | 'image/jpeg', quality?: number) => string;

const JPEG_QUALITIES = [0.9, 0.8, 0.7, 0.6];

/** The first encoding, from best to smallest, that passes the stored logo's check; '' if none. */
export function smallestLogo(encode: Encode, maxSide = LOGO_MAX_SIDE_PX): string {
  for (let side = maxSide; side >= 32; side = Math.floor(side * 0.75)) {
    const png = encode(side, 'image/png');
    if (png.length <= MAX_LOGO_CHARS && logoCheck(png) === null) return png;
    for (const q of JPEG_QUALITIES) {
      const jpeg = encode(side, 'image/jpeg', q);
      if (jpeg.length <= MAX_LOGO_CHARS && logoCheck(jpeg) === null) return jpeg;
    }
  }
  return '';
}

async function decode(file: Blob): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The picked file as a stored logo's data URL; throws when the file is not a readable image. */
export async function logoFromFile(file: Blob): Promise<string> {
  const img = await decode(file);
  if (!img.naturalWidth || !img.naturalHeight) throw new Error('not an image');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  const encode: Encode = (side, type, quality) => {
    const size = fitWithin(img.naturalWidth, img.naturalHeight, side);
    canvas.width = size.width;
    canvas.height = size.height;
    context.clearRect(0, 0, size.width, size.height);
    if (type === 'image/jpeg') {
      // JPEG has no transparency: a transparent logo would turn black.
      context.fillStyle = '#fff';
      context.fillRect(0, 0, size.width, size.height);
    }
    context.drawImage(img, 0, 0, size.width, size.height);
    return canvas.toDataURL(type, quality);
  };
  const logo = smallestLogo(encode);
  if (!logo) throw new Error('logo too large');
  return logo;
}
