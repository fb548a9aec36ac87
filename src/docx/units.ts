// OOXML units: twips (1/20 pt) for lengths, half-points for font sizes, eighths for borders.
export const mmToTwips = (mm: number): number => Math.round((mm * 1440) / 25.4);
export const ptToTwips = (pt: number): number => Math.round(pt * 20);
export const ptToHalfPoints = (pt: number): number => Math.round(pt * 2);
export const ptToEighths = (pt: number): number => Math.round(pt * 8);
