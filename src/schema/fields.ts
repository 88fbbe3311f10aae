/**
 * The fields (lĩnh vực) procedures belong to, in the catalogue's order. Kept apart from the valibot schema so the
 * first screen can list them without loading the validator.
 */
export const FIELDS = ['ho-tich', 'chung-thuc', 'nguoi-co-cong', 'bao-tro-xa-hoi', 'giam-ngheo'] as const;
export type Field = (typeof FIELDS)[number];
