declare module 'virtual:catalogue' {
  const index: import('./catalogue/types').CatalogueIndex;
  export default index;
}
