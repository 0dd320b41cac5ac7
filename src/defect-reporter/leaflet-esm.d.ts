// Types of Leaflet's ES module build (see location-map.ts): the same API as the package.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
