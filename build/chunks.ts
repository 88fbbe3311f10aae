/**
 * How the lazily loaded code is cut into files. Left to itself the bundler gives every module shared by two screens
 * a file of its own: opening a dossier then asked for 13 small files (0.2–6 KB). On a phone link every file costs a
 * round trip, and a browser opens only six connections to a host at once, so those files arrived in three waves.
 * The dossier screens' common code (the dossier screens, their storage, schema and rules, the blank-form view and
 * the Vietnamese strings of the dossier screens) is one file instead: ~24 KB gzipped, fetched in one round trip.
 * The scanner, the QR drawing, the hand-off views and the English strings stay apart: they are large, or needed only
 * on some screens.
 */
const DOSSIER = [
  /\/src\/dossier\/(?!HandoffView|IdCardScanner|idCardFill)[^/]+$/,
  /\/src\/storage\//,
  /\/src\/schema\/(dossier|common)\.ts$/,
  /\/src\/forms\//,
  /\/src\/i18n\/dossier\.vi\.json$/,
  /\/node_modules\/(valibot|idb)\//,
  // The bundler's own helpers, which it would otherwise put in two more files of 0.4 KB.
  /@oxc-project\+runtime|^\0?rolldown\/runtime/,
];

export const codeSplitting = {
  // Only the modules named here: a module they import that the first screen also needs stays with the first screen.
  includeDependenciesRecursively: false,
  groups: [{ name: 'dossier', test: (id: string) => DOSSIER.some((pattern) => pattern.test(id)) }],
};
