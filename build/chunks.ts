/**
 * How the lazily loaded code is cut into files. Left to itself the bundler gives every module shared by two screens
 * a file of its own: opening a dossier then asked for 13 small files (0.2–6 KB). On a phone link every file costs a
 * round trip, and a browser opens only six connections to a host at once, so those files arrived in three waves.
 * - `dossier`: what every dossier screen needs (the dossier's steps and pages, its storage, schema and rules, the
 *   official form sheet its print view fills in, and the dossier screens' Vietnamese strings), ~19 KB gzipped.
 * - `drafts`: the list of dossiers and importing them (/drafts, and /scan, which receives dossiers), ~3 KB, so that
 *   a new dossier does not wait for it.
 * The scanner, the QR drawing, the hand-off views, the blank form page and the English strings stay apart:
 * they are large, or needed only on some screens.
 */
const DRAFTS = /\/src\/dossier\/(DraftsPage|DossierRow|ImportFile|ImportSummary|importPlan|RoundPanel|ReceivedDossiers)\.tsx?$/;
const DOSSIER = [
  /\/src\/dossier\/(?!HandoffView|IdCardScanner|idCardFill)[^/]+$/,
  /\/src\/storage\//,
  /\/src\/schema\/(dossier|common)\.ts$/,
  /\/src\/forms\/(?!FormPage)/,
  /\/src\/i18n\/dossier\.vi\.json$/,
  /\/node_modules\/(valibot|idb)\//,
  // The bundler's own helpers, which it would otherwise put in two more files of 0.4 KB.
  /@oxc-project\+runtime/,
];

export const codeSplitting = {
  // Only the modules named here: a module they import that the first screen also needs stays with the first screen.
  includeDependenciesRecursively: false,
  groups: [
    { name: 'drafts', priority: 2, test: DRAFTS },
    { name: 'dossier', priority: 1, test: (id: string) => DOSSIER.some((pattern) => pattern.test(id)) },
  ],
};
