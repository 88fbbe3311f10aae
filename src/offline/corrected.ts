/** Which sheets a stored update corrects. Pure: CorrectedNotice asks it, with the files the waiting version holds. */
/** The codes whose sheet or forms differ in `urls` (a version's data files) from the ones this page was built with. */
export function correctedCodes(
  urls: readonly string[],
  procedures: readonly { code: string; sheetUrl: string; formIds: readonly string[] }[],
  formUrls: Readonly<Record<string, string>>,
): string[] {
  const held = new Set(urls.map((u) => new URL(u, 'https://x/').pathname));
  const changed = (url: string | undefined) => url !== undefined && !held.has(url);
  return procedures.filter((p) => changed(p.sheetUrl) || p.formIds.some((id) => changed(formUrls[id]))).map((p) => p.code);
}
