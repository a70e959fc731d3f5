/** The shell beyond common.ts's app/nav keys: the region selector and the unknown-region page. */
export const shell = {
  region: {
    selectorLabel: 'Region: {{region}}',
    menuLabel: 'Regions',
    loading: 'Loading regions',
    loadError: 'The regions could not be loaded',
  },
  unknownRegion: {
    title: 'Region not found',
    message: 'There is no region "{{regionId}}". Check the address, or choose a region in the top bar.',
    goTo: 'Go to {{region}}',
  },
};
