declare module 'virtual:catalogue' {
  const index: import('./catalogue/types').CatalogueIndex;
  export default index;
}

declare module 'virtual:desk-days' {
  const deskDays: import('./schema/commune').Commune['deskDays'];
  export default deskDays;
}
