// The seed page shows some numbers as strings; the contract accepts a number or a
// numeric string for them, and the local API, like the real one, answers numbers.
import type { Coordinate, LeadMetadata, LeadProfile } from "@leadping/types";

/** `"12.50"` → 12.5; numbers pass through; `null`/`undefined` stay as they are. */
export function toNumber(value: number | string): number;
export function toNumber(value: number | string | null | undefined): number | null | undefined;
export function toNumber(value: number | string | null | undefined): number | null | undefined {
  return typeof value === "string" ? Number(value) : value;
}

const PROFILE_NUMBERS = ["height", "weight", "income", "monthsAtResidence", "creditScore", "numberOfDependents"] as const;

export function profileWithNumbers(profile: LeadProfile): LeadProfile {
  const out: LeadProfile = { ...profile };
  for (const key of PROFILE_NUMBERS) {
    const value = out[key];
    if (value != null) out[key] = toNumber(value);
  }
  return out;
}

export function metadataWithNumbers(metadata: LeadMetadata): LeadMetadata {
  const out: LeadMetadata = { ...metadata };
  if (out.price != null) out.price = toNumber(out.price);
  if (out.directPostPrice != null) out.directPostPrice = toNumber(out.directPostPrice);
  return out;
}

export function coordinateWithNumbers(coordinate: Coordinate): Coordinate {
  return { latitude: toNumber(coordinate.latitude), longitude: toNumber(coordinate.longitude) };
}
